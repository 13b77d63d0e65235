package org.cardhub.wallets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.wallets.control.Dormancy;
import org.cardhub.wallets.entity.WalletHolder;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each night, the open wallets quiet for 336 days by what was last recorded of them are looked at one by one
 * ({@link Dormancy}): their holders told 30 days ahead, and the wallets closed on the 366th quiet day.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DormantWallets {

    @PersistenceContext
    EntityManager em;

    @EJB
    Dormancy dormancy;

    @Schedule(hour = "4", minute = "20", persistent = false)
    public void nightly() {
        sweep(Instant.now());
    }

    /** Looks at every open wallet quiet long enough as of {@code now}; answers how many were told and closed. */
    public Map<Dormancy.Step, Integer> sweep(Instant now) {
        Instant quietSince = now.minus(WalletHolder.DORMANT_AFTER).plus(WalletHolder.NOTICE_BEFORE);
        List<Long> candidates = em.createQuery("SELECT h.contractId FROM WalletHolder h WHERE h.closedAt IS NULL "
                        + "AND h.lastActivityAt <= :since ORDER BY h.contractId", Long.class)
                .setParameter("since", quietSince).getResultList();
        Map<Dormancy.Step, Integer> done = new EnumMap<>(Dormancy.Step.class);
        for (long contractId : candidates) {
            done.merge(dormancy.review(contractId, now), 1, Integer::sum);
        }
        return done;
    }
}
