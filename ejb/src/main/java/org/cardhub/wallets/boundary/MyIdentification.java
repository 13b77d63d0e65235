package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.WalletQueries;
import org.cardhub.wallets.entity.Identification;
import org.cardhub.wallets.entity.IdentificationView;
import org.cardhub.wallets.entity.PassportData;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The signed-in holder asks to be identified: their passport data, checked at every field, goes to the back office,
 * which approves or rejects it ({@link IdentificationDesk}); one request waits at a time, none once identified.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MyIdentification {

    @PersistenceContext
    EntityManager em;

    @EJB
    HolderSteps steps;

    @Inject
    WalletQueries queries;

    @EJB
    AuditLog audit;

    /** The holder's latest request, whatever became of it. */
    public Optional<IdentificationView> latest() {
        WalletHolder holder = steps.openHolder();
        Contract wallet = em.find(Contract.class, holder.contractId());
        return queries.latestIdentification(holder.contractId())
                .map(request -> IdentificationView.of(request, wallet.number(), wallet.holderPhone()));
    }

    public IdentificationView submit(PassportData data) {
        WalletHolder holder = steps.openHolder();
        Contract wallet = em.find(Contract.class, holder.contractId());
        PassportData checked = data.checkedOn(LocalDate.now(wallet.timeZone()));
        if (wallet.walletTier() == WalletTier.IDENTIFIED) {
            throw new WalletRefusal(WalletRefusal.Code.ALREADY_IDENTIFIED, "The holder is identified already");
        }
        if (queries.latestIdentification(holder.contractId()).filter(r -> r.status() == Identification.Status.WAITING)
                .isPresent()) {
            throw new WalletRefusal(WalletRefusal.Code.IDENTIFICATION_WAITING, "A request waits for the back office already");
        }
        Identification request = new Identification(holder.contractId(), checked, Instant.now());
        em.persist(request);
        em.flush();
        audit.record(audit.actor(null), "wallet.identification.submit", AuditSubject.CONTRACT, holder.contractId(),
                "passport data sent for identification");
        return IdentificationView.of(request, wallet.number(), wallet.holderPhone());
    }
}
