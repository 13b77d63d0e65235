package org.cardhub.acquiring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payouts as they are stored; in the caller's transaction, if any. */
@Dependent
public class PayoutRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<Payout> find(long id) {
        return Optional.ofNullable(em.find(Payout.class, id));
    }

    /** Locked for the rest of the transaction: whoever decides a payout holds its row, so two never decide it at once. */
    public Payout lock(long id) {
        Payout payout = em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payout == null) {
            throw new IllegalArgumentException("No payout " + id);
        }
        return payout;
    }

    public Optional<Payout> byKey(String idempotenceKey) {
        return em.createQuery("SELECT p FROM Payout p WHERE p.idempotenceKey = :key", Payout.class)
                .setParameter("key", idempotenceKey).getResultStream().findFirst();
    }

    /** Pending payouts the acquirer has named, last checked before {@code checkedBefore}, those checked longest ago first. */
    public List<Long> pendingSince(Instant checkedBefore, int max) {
        return em.createQuery("SELECT p.id FROM Payout p WHERE p.status = :pending AND p.providerPayoutId IS NOT NULL "
                        + "AND p.checkedAt < :before ORDER BY p.checkedAt, p.id", Long.class)
                .setParameter("pending", PayoutStatus.PENDING).setParameter("before", checkedBefore)
                .setMaxResults(max).getResultList();
    }

    /** Pending payouts whose creation the acquirer never answered, last checked before {@code checkedBefore}. */
    public List<Payout> unansweredSince(Instant checkedBefore, int max) {
        return em.createQuery("SELECT p FROM Payout p WHERE p.status = :pending AND p.providerPayoutId IS NULL "
                        + "AND p.checkedAt < :before ORDER BY p.checkedAt, p.id", Payout.class)
                .setParameter("pending", PayoutStatus.PENDING).setParameter("before", checkedBefore)
                .setMaxResults(max).getResultList();
    }

    public Payout persist(Payout payout) {
        em.persist(payout);
        em.flush();
        return payout;
    }
}
