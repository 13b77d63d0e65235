package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.school.entity.GuardianLinkLock;
import org.cardhub.school.entity.LockedNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The linking locks of school contract numbers, in the caller's transaction. An attempt takes its number's row locked
 * (creating it when the number was never tried), so concurrent attempts on one number queue there and each sees the
 * count the previous one left.
 */
@Dependent
public class NumberLocks {

    @PersistenceContext
    EntityManager em;

    /** The number's lock, its row locked until the transaction ends. */
    public GuardianLinkLock lockFor(String contractNumber) {
        em.createNativeQuery("INSERT INTO guardian_link_lock (contract_number, failed_count) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, contractNumber).executeUpdate();
        return em.find(GuardianLinkLock.class, contractNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The number's lock, its row locked, if the number was ever tried. */
    public Optional<GuardianLinkLock> existing(String contractNumber) {
        return Optional.ofNullable(em.find(GuardianLinkLock.class, contractNumber, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The numbers locked at {@code now}, the soonest to unlock first, with the pupil's shortened name. */
    public List<LockedNumber> lockedAt(Instant now, int max) {
        List<GuardianLinkLock> locks = em.createQuery("SELECT l FROM GuardianLinkLock l WHERE l.lockedUntil > :now "
                        + "ORDER BY l.lockedUntil, l.contractNumber", GuardianLinkLock.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
        if (locks.isEmpty()) {
            return List.of();
        }
        Map<String, String> pupils = em.createQuery("SELECT c FROM Card c WHERE c.schoolContractNumber IN :numbers", Card.class)
                .setParameter("numbers", locks.stream().map(GuardianLinkLock::contractNumber).toList())
                .getResultStream().collect(Collectors.toMap(Card::schoolContractNumber, Card::holderName, (a, b) -> a));
        return locks.stream().map(lock -> new LockedNumber(lock.contractNumber(),
                        LockedNumber.shortName(pupils.get(lock.contractNumber())), lock.failedCount(), lock.lastFailureAt(),
                        lock.lockedUntil()))
                .toList();
    }
}
