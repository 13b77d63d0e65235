package org.cardhub.fleet.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.SuspicionRule;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.ledger.entity.EntryKind;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link SuspicionRule} as JPQL over a journal entry {@code e} and its card {@code c}: a fill-up of more litres
 * than the card's tank, and a fill-up with another of the same card within the window at a station farther than
 * the distance. Stations are placed by the registry's terminals ({@code terminal.station}, or the terminal's id
 * when it names no station, as {@code Terminal.station()} does).
 *
 * <p>The second is an {@code EXISTS} over the card's own entries near in time (the index
 * {@code journal_entry_card_time}); most fill-ups have no other within an hour, so the stations are looked up for
 * the few that do. The distance is the haversine of the two places compared with the rule's threshold, computed with
 * cosines only ({@code GeoPoint.haversine}), which PostgreSQL and H2 both have.
 */
public final class SuspicionQuery {

    static final List<EntryKind> FILL_UPS = List.of(EntryKind.PURCHASE, EntryKind.COMPLETION);

    static final String OVER_TANK = "(e.kind IN :fillUps AND c.vehicle.tankMillilitres IS NOT NULL "
            + "AND e.volumeMilli > c.vehicle.tankMillilitres)";

    private static final String FAR = "(1 - FUNCTION('COS', (there.latitude - here.latitude) * :radian)) / 2 "
            + "+ FUNCTION('COS', here.latitude * :radian) * FUNCTION('COS', there.latitude * :radian) "
            + "* (1 - FUNCTION('COS', (there.longitude - here.longitude) * :radian)) / 2 > :far";

    private final SuspicionRule rule;
    private final String pairs;

    public SuspicionQuery(SuspicionRule rule) {
        this.rule = rule;
        String window = "INTERVAL ''" + rule.windowMinutes() + "'' MINUTE";
        this.pairs = "e.kind IN :fillUps AND o.cardId = e.cardId AND o.id <> e.id AND o.kind IN :fillUps "
                + "AND o.bookedAt BETWEEN SQL('? - " + window + "', e.bookedAt) AND SQL('? + " + window + "', e.bookedAt) "
                + "AND (here.station = e.station OR (here.station IS NULL AND here.id = e.station)) "
                + "AND (there.station = o.station OR (there.station IS NULL AND there.id = o.station)) "
                + "AND here.latitude IS NOT NULL AND there.latitude IS NOT NULL";
    }

    /** A fill-up of the card {@code o} near {@code e} in time at a station far from {@code e}'s. */
    public String distant() {
        return "EXISTS (SELECT o.id FROM JournalEntry o, Terminal here, Terminal there WHERE " + pairs + " AND " + FAR + ")";
    }

    /** Either suspicion. */
    public String either() {
        return "(" + OVER_TANK + " OR " + distant() + ")";
    }

    /** The status and both suspicions of the entries {@code :ids}, one line each: id, reversed, over tank, distant. */
    public String marks() {
        return "SELECT e.id, "
                + "CASE WHEN EXISTS (SELECT rv.id FROM JournalEntry rv WHERE rv.reversesEntryId = e.id) THEN 1 ELSE 0 END, "
                + "CASE WHEN " + OVER_TANK + " THEN 1 ELSE 0 END, "
                + "CASE WHEN " + distant() + " THEN 1 ELSE 0 END "
                + "FROM JournalEntry e LEFT JOIN Card c ON c.id = e.cardId WHERE e.id IN :ids";
    }

    /**
     * The card's fill-ups near the entry {@code :entry} in time at placed stations, with both places, near or far:
     * id, booked at, station, its location, then latitude and longitude of the entry's station and of the other.
     */
    public String neighbours() {
        return "SELECT o.id, o.bookedAt, o.station, there.location, here.latitude, here.longitude, there.latitude, "
                + "there.longitude FROM JournalEntry e, JournalEntry o, Terminal here, Terminal there "
                + "WHERE e.id = :entry AND " + pairs + " ORDER BY o.bookedAt, o.id";
    }

    /** Binds what {@link #either()} and {@link #marks()} name. */
    public void bind(Query query) {
        query.setParameter("fillUps", FILL_UPS).setParameter("radian", Math.PI / 180).setParameter("far", rule.haversineThreshold());
    }

    /** The rows with their status and suspicions, read by {@link #marks()} in one statement for all of them. */
    public List<TransactionRow> marked(EntityManager em, List<TransactionRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Query query = em.createQuery(marks()).setParameter("ids", rows.stream().map(TransactionRow::id).toList());
        bind(query);
        Map<Long, Object[]> marks = new HashMap<>();
        for (Object found : query.getResultList()) {
            Object[] mark = (Object[]) found;
            marks.put(((Number) mark[0]).longValue(), mark);
        }
        return rows.stream().map(row -> {
            Object[] mark = marks.getOrDefault(row.id(), new Object[] {row.id(), 0, 0, 0});
            Set<Suspicion> suspected = EnumSet.noneOf(Suspicion.class);
            if (isSet(mark[2])) {
                suspected.add(Suspicion.OVER_TANK);
            }
            if (isSet(mark[3])) {
                suspected.add(Suspicion.DISTANT_STATIONS);
            }
            return row.marked(isSet(mark[1]) ? TransactionStatus.REVERSED : TransactionStatus.BOOKED, suspected);
        }).toList();
    }

    /** EclipseLink hands the literal a CASE yields back as a number or as its text, depending on the database. */
    private static boolean isSet(Object flag) {
        return flag != null && "1".equals(flag.toString());
    }

    /** Binds what {@link #neighbours()} names. */
    public void bindNeighbours(Query query, long entryId) {
        query.setParameter("fillUps", FILL_UPS).setParameter("entry", entryId);
    }

    public SuspicionRule rule() {
        return rule;
    }
}
