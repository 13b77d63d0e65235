package org.cardhub.wallets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.wallets.entity.AutoPayment;

import java.time.LocalDate;
import java.util.List;

/** The wallets' auto-payments, in the caller's transaction. */
@Dependent
public class AutoPaymentBook {

    @PersistenceContext
    EntityManager em;

    public void add(AutoPayment payment) {
        em.persist(payment);
        em.flush();
    }

    public void remove(AutoPayment payment) {
        em.remove(payment);
    }

    public List<AutoPayment> ofWallet(long contractId) {
        return em.createQuery("SELECT a FROM AutoPayment a WHERE a.contractId = :contract ORDER BY a.id", AutoPayment.class)
                .setParameter("contract", contractId).getResultList();
    }

    public long countOf(long contractId) {
        return em.createQuery("SELECT COUNT(a) FROM AutoPayment a WHERE a.contractId = :contract", Long.class)
                .setParameter("contract", contractId).getSingleResult();
    }

    /** The auto-payment with its row locked: one run or change at a time. Null when there is none. */
    public AutoPayment locked(long id) {
        return em.find(AutoPayment.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The active ones whose next run is on {@code latest} or before, oldest first; the wallet's zone decides later. */
    public List<Long> dueBy(LocalDate latest) {
        return em.createQuery("SELECT a.id FROM AutoPayment a WHERE a.active = TRUE AND a.nextRun <= :latest ORDER BY a.id",
                        Long.class)
                .setParameter("latest", latest).getResultList();
    }
}
