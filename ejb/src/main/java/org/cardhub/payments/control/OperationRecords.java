package org.cardhub.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Recorded;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The idempotency records of the money operations: runs an operation's work once per key and stores its
 * outcome with the work's own writes, in the caller's transaction.
 */
@Dependent
public class OperationRecords {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Runs the work once per key. The outcome is stored with the work's own writes, in one statement at
     * the end: a concurrent duplicate that got past the look-up does its work too, but its insert of the
     * same key fails, its whole transaction rolls back, and {@link org.cardhub.payments.boundary.Payments}
     * runs it again to find the first outcome.
     */
    public Outcome idempotent(OperationKey key, String requestHash, Supplier<Outcome> work) {
        return once(key, requestHash, work).outcome();
    }

    public Recorded once(OperationKey key, String requestHash, Supplier<Outcome> work) {
        return once(key, requestHash, Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key))), work);
    }

    /** As {@link #once(OperationKey, String, Supplier)}, with the key's record (if any) already looked up. */
    public Recorded once(OperationKey key, String requestHash, Optional<IdempotencyRecord> earlier, Supplier<Outcome> work) {
        if (earlier.isPresent()) {
            IdempotencyRecord existing = earlier.get();
            return new Recorded(existing.isFor(requestHash)
                    ? OutcomeCodec.read(existing.outcome())
                    : Outcome.declined(DeclineCode.DUPLICATE_CONFLICT, "Key " + key.key() + " of " + key.scope()
                    + " was already used for a different operation"), true);
        }
        Outcome outcome = work.get();
        em.persist(new IdempotencyRecord(key, requestHash, OutcomeCodec.write(outcome), Instant.now(clock)));
        em.flush();
        return new Recorded(outcome, false);
    }

    /** The records of two keys, in one statement. */
    public List<IdempotencyRecord> records(OperationKey first, OperationKey second) {
        return em.createQuery("SELECT r FROM IdempotencyRecord r WHERE (r.scope = :scope1 AND r.key = :key1) "
                        + "OR (r.scope = :scope2 AND r.key = :key2)", IdempotencyRecord.class)
                .setParameter("scope1", first.scope()).setParameter("key1", first.key())
                .setParameter("scope2", second.scope()).setParameter("key2", second.key()).getResultList();
    }

    public static Optional<IdempotencyRecord> recordOf(List<IdempotencyRecord> records, OperationKey key) {
        return records.stream().filter(record -> record.isUnder(key)).findFirst();
    }

    public Optional<Outcome> recordedOutcome(OperationKey original) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(original));
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(OutcomeCodec.read(record.outcome()));
    }
}
