package org.cardhub.wallets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.wallets.entity.WalletHolder;

import java.util.Optional;

/** The wallet holders, in the caller's transaction. */
@Dependent
public class WalletHolderBook {

    @PersistenceContext
    EntityManager em;

    public void add(WalletHolder holder) {
        em.persist(holder);
    }

    /** The person's wallet (open or closed), by their Keycloak id. */
    public Optional<WalletHolder> ofSubject(String subject) {
        return em.createQuery("SELECT h FROM WalletHolder h WHERE h.subject = :subject", WalletHolder.class)
                .setParameter("subject", subject).getResultStream().findFirst();
    }

    /** The holder of the wallet, its row locked: one closure or decision at a time. */
    public WalletHolder locked(long contractId) {
        return em.find(WalletHolder.class, contractId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<WalletHolder> of(long contractId) {
        return Optional.ofNullable(em.find(WalletHolder.class, contractId));
    }
}
