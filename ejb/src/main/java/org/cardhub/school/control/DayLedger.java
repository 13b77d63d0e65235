package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.school.entity.Attendance;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.Dish;
import org.cardhub.school.entity.Movement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The statements behind a card's school days, each bounded by a window of days in the school's zone and by a row
 * limit: what the ledger moved for the card or on its purses, the turnstile's passes, the dishes of the purchases,
 * which operations were taken back, and what was posted on the purses after a moment (for a day's closing balance).
 * Entries booked for the card are found by {@code journal_entry_card_time}; money other cards or contracts moved into
 * the card's purses (a sibling's transfer), by the purses' postings ({@code posting_account_entry}).
 */
@Dependent
public class DayLedger {

    /** Ids per {@code IN} list, well within what PostgreSQL and H2 take. */
    private static final int CHUNK = 500;
    private static final String FACTS = "SELECT e.id, e.kind, e.bookedAt, e.category, e.actor, e.reversesEntryId, "
            + "e.amountMinor, p.amount ";

    @PersistenceContext
    EntityManager em;

    /** What was found, and whether the limit cut it short. */
    public record Found<T>(List<T> rows, boolean truncated) {
    }

    /**
     * The card's movements in the window, in time order: at most about {@code max} (by postings read).
     *
     * @param purses the ids of the card's own rouble accounts (general, canteen); may be empty
     */
    public Found<Movement> movements(long cardId, Collection<Long> purses, DayWindow window, int max) {
        List<Long> own = purses.isEmpty() ? List.of(-1L) : List.copyOf(purses);
        List<Object[]> booked = em.createQuery(FACTS + "FROM JournalEntry e LEFT JOIN e.postings p ON p.accountId IN :purses "
                        + "WHERE e.cardId = :card AND e.bookedAt >= :start AND e.bookedAt < :end ORDER BY e.bookedAt, e.id",
                        Object[].class)
                .setParameter("purses", own).setParameter("card", cardId)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .setMaxResults(max + 1).getResultList();
        List<Object[]> received = purses.isEmpty() ? List.of() : em.createQuery(FACTS + "FROM Posting p JOIN p.entry e "
                        + "WHERE p.accountId IN :purses AND e.bookedAt >= :start AND e.bookedAt < :end "
                        + "AND (e.cardId IS NULL OR e.cardId <> :card) ORDER BY e.bookedAt, e.id", Object[].class)
                .setParameter("purses", own).setParameter("card", cardId)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .setMaxResults(max + 1).getResultList();
        Map<Long, Movement> byEntry = new LinkedHashMap<>();
        fold(booked, true, byEntry);
        fold(received, false, byEntry);
        List<Movement> movements = new ArrayList<>(byEntry.values());
        movements.sort(Comparator.comparing(Movement::at).thenComparing(Movement::entryId));
        return new Found<>(movements, booked.size() > max || received.size() > max);
    }

    private static void fold(List<Object[]> rows, boolean ofThisCard, Map<Long, Movement> byEntry) {
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Movement movement = byEntry.computeIfAbsent(id, entry -> Movement.of(entry, (EntryKind) row[1], (Instant) row[2],
                    ofThisCard, (String) row[3], (String) row[4], (Long) row[5], ((Number) row[6]).longValue()));
            if (row[7] != null) {
                byEntry.put(id, movement.plus(((Number) row[7]).longValue()));
            }
        }
    }

    /** The card's passes through the turnstile in the window, in time order, at most {@code max} (and one more). */
    public Found<Attendance> passes(long cardId, DayWindow window, int max) {
        List<Attendance> passes = em.createQuery("SELECT a FROM Attendance a WHERE a.cardId = :card "
                        + "AND a.occurredAt >= :start AND a.occurredAt < :end ORDER BY a.occurredAt", Attendance.class)
                .setParameter("card", cardId).setParameter("start", window.start()).setParameter("end", window.end())
                .setMaxResults(max + 1).getResultList();
        return passes.size() > max ? new Found<>(passes.subList(0, max), true) : new Found<>(passes, false);
    }

    /** Which of these entries were taken back (by a reversal, whenever it was booked). */
    public Set<Long> reversed(Collection<Long> entryIds) {
        Set<Long> reversed = new HashSet<>();
        inChunks(entryIds, chunk -> em.createQuery("SELECT r.reversesEntryId FROM JournalEntry r WHERE r.reversesEntryId IN :ids",
                Long.class).setParameter("ids", chunk).getResultList()).forEach(reversed::add);
        return reversed;
    }

    /** The dishes of these purchases, by entry, in the order they were rung up. */
    public Map<Long, List<Dish>> dishes(Collection<Long> entryIds) {
        Map<Long, List<Dish>> dishes = new HashMap<>();
        for (Object[] row : inChunks(entryIds, chunk -> em.createQuery("SELECT i.entryId, i.name, i.quantity, i.price "
                + "FROM PurchaseItem i WHERE i.entryId IN :ids ORDER BY i.entryId, i.lineNo", Object[].class)
                .setParameter("ids", chunk).getResultList())) {
            dishes.computeIfAbsent((Long) row[0], entry -> new ArrayList<>())
                    .add(new Dish((String) row[1], (Integer) row[2], (Amount) row[3]));
        }
        return dishes;
    }

    /** What was posted on each of these accounts by entries booked at or after {@code from}, by account id. */
    public Map<Long, Long> postedSince(Collection<Long> accountIds, Instant from) {
        Map<Long, Long> posted = new HashMap<>();
        if (accountIds.isEmpty()) {
            return posted;
        }
        em.createQuery("SELECT p.accountId, SUM(p.amount) FROM Posting p JOIN p.entry e WHERE p.accountId IN :accounts "
                        + "AND e.bookedAt >= :from GROUP BY p.accountId", Object[].class)
                .setParameter("accounts", List.copyOf(accountIds)).setParameter("from", from).getResultList()
                .forEach(row -> posted.put((Long) row[0], ((Number) row[1]).longValue()));
        return posted;
    }

    private static <T> List<T> inChunks(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = List.copyOf(ids);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }
}
