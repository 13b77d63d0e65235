package org.cardhub.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.transactions.TransactionMemory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The idempotency records of the money operations: runs an operation's work once per key and stores its
 * outcome with the work's own writes, in the caller's transaction.
 */
@Dependent
public class OperationRecords {

    private static final String READ_AHEAD = OperationRecords.class.getName() + ".readAhead";

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionMemory memory;

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
        return once(key, requestHash, find(key), work);
    }

    /**
     * Reads the records of these keys in one statement, for a transaction that decides many operations at once (a group
     * of terminal events): until it ends, the look-ups here answer from what was read, a key without a record included,
     * and a key used again later in the transaction finds the record its first use wrote.
     */
    public void readAhead(Collection<OperationKey> keys) {
        Map<OperationKey, Optional<IdempotencyRecord>> read = memory.keep(READ_AHEAD, HashMap::new);
        List<OperationKey> unread = keys.stream().filter(key -> !read.containsKey(key)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        unread.forEach(key -> read.put(key, Optional.empty()));
        em.createQuery("SELECT r FROM IdempotencyRecord r WHERE r.scope IN :scopes AND r.key IN :keys", IdempotencyRecord.class)
                .setParameter("scopes", unread.stream().map(OperationKey::scope).distinct().toList())
                .setParameter("keys", unread.stream().map(OperationKey::key).distinct().toList())
                .getResultList().forEach(record -> unread.stream().filter(record::isUnder).findFirst()
                        .ifPresent(key -> read.put(key, Optional.of(record))));
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
        IdempotencyRecord record = new IdempotencyRecord(key, requestHash, OutcomeCodec.write(outcome), Instant.now(clock));
        em.persist(record);
        Optional<Map<OperationKey, Optional<IdempotencyRecord>>> readAhead = readAhead();
        if (readAhead.isPresent()) {
            // a group's records go with its next flush, batched with the other rows; a duplicate then fails the group
            readAhead.get().put(key, Optional.of(record));
        } else {
            em.flush();
        }
        return new Recorded(outcome, false);
    }

    /** The records of two keys, in one statement (none, when both were read ahead). */
    public List<IdempotencyRecord> records(OperationKey first, OperationKey second) {
        Optional<Map<OperationKey, Optional<IdempotencyRecord>>> read = readAhead()
                .filter(ahead -> ahead.containsKey(first) && ahead.containsKey(second));
        if (read.isPresent()) {
            return Stream.of(first, second).map(read.get()::get).flatMap(Optional::stream).toList();
        }
        return em.createQuery("SELECT r FROM IdempotencyRecord r WHERE (r.scope = :scope1 AND r.key = :key1) "
                        + "OR (r.scope = :scope2 AND r.key = :key2)", IdempotencyRecord.class)
                .setParameter("scope1", first.scope()).setParameter("key1", first.key())
                .setParameter("scope2", second.scope()).setParameter("key2", second.key()).getResultList();
    }

    public static Optional<IdempotencyRecord> recordOf(List<IdempotencyRecord> records, OperationKey key) {
        return records.stream().filter(record -> record.isUnder(key)).findFirst();
    }

    public Optional<Outcome> recordedOutcome(OperationKey original) {
        return find(original).map(record -> OutcomeCodec.read(record.outcome()));
    }

    private Optional<IdempotencyRecord> find(OperationKey key) {
        Optional<Optional<IdempotencyRecord>> readAhead = readAhead().map(read -> read.get(key)).filter(Objects::nonNull);
        return readAhead.orElseGet(() -> Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key))));
    }

    private Optional<Map<OperationKey, Optional<IdempotencyRecord>>> readAhead() {
        return memory.kept(READ_AHEAD);
    }
}
