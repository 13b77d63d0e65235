package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.fleet.control.DistantFillUps;
import org.cardhub.fleet.control.SuspicionQuery;
import org.cardhub.fleet.control.TransactionQuery;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.SuspicionRule;
import org.cardhub.fleet.entity.TransactionDetail;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionGroupChoice;
import org.cardhub.fleet.entity.TransactionHeading;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of one contract, newest first: read straight from the ledger's journal, filtered, paged, counted
 * and summed in the database, within the caller's card scope. An authorisation is only a hold until its completion
 * books the one entry a fill-up leaves, so it shows as one purchase; an authorisation still open is not a
 * transaction yet.
 *
 * <p>What a call costs, in statements: one for the object check ({@link ObjectAccess#requireContract}), one for the
 * caller's card scope, one more to read the contract's time zone when the filter has a period, one more to find the
 * cards a filter's last digits match, and one for the work itself — plus, for rows, one that reads the status and
 * suspicions of just those rows. Each main statement is a
 * range of the index {@code journal_entry_contract_time_id} (contract, booked at, id), joined to the card and to the
 * entry a reversal reverses by their primary keys, and — for a transfer from the contract's account onto a card,
 * whose entry names no card — to its credited posting ({@code posting_entry}) and that posting's account, looked up
 * for such a transfer only. A filter by card reads the entries of the matching cards by {@code journal_entry_card_time}
 * instead (measured in docs/benchmarks.md); the "suspicious only" filter looks at the card's own entries within the
 * hour by the same index.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetTransactions {

    /** The most rows one call hands out. */
    public static final int MAX_ROWS = 500;

    /** Up to this many cards matching the digits, their entries are read by card rather than by period. */
    private static final int NARROWED_CARDS = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    /** How far apart two stations are "far" for two fill-ups of one card within the hour. */
    @Inject
    @ConfigProperty(name = "cardhub.fleet.suspicious-distance-km", defaultValue = "50")
    double suspiciousKilometres;

    public long count(long contractId, TransactionFilter filter) {
        TransactionQuery where = query(contractId, filter);
        Query query = em.createQuery("SELECT COUNT(e) " + where.from() + where.clause());
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The count and the sums of the filtered transactions, in one statement. */
    public TransactionTotals totals(long contractId, TransactionFilter filter) {
        TransactionQuery where = query(contractId, filter);
        Query query = em.createQuery(TransactionQuery.TOTALS + where.fromWithReversed() + where.clause());
        where.bindWithSums(query);
        return TransactionQuery.totalsOf((Object[]) query.getSingleResult());
    }

    /** A page of the table: rows {@code first} to {@code first + max - 1}, newest first. */
    public List<TransactionRow> page(long contractId, TransactionFilter filter, int first, int max) {
        return rows(query(contractId, filter), Math.max(0, first), max);
    }

    /**
     * The rows that follow {@code last} (null: from the newest), at most {@code max}: paging by position in the
     * order rather than by offset, so an export walks the whole set in chunks however long it is, and a transaction
     * booked meanwhile does not shift the chunks still to come.
     */
    public List<TransactionRow> after(long contractId, TransactionFilter filter, TransactionRow last, int max) {
        TransactionQuery where = query(contractId, filter);
        if (last != null) {
            where.after(last);
        }
        return rows(where, 0, max);
    }

    /** One transaction of the contract within the caller's scope, with what its detail shows; empty if none such. */
    public Optional<TransactionDetail> detail(long contractId, long entryId) {
        TransactionQuery where = query(contractId, TransactionFilter.NONE);
        where.only(entryId);
        List<TransactionRow> found = rows(where, 0, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TransactionRow row = found.get(0);
        Query card = em.createQuery("SELECT c.vehicle.driver, c.vehicle.tankMillilitres " + where.from() + where.clause());
        where.bind(card);
        Object[] vehicle = (Object[]) card.getSingleResult();
        List<Object> reversals = em.createQuery("SELECT rv.bookedAt FROM JournalEntry rv WHERE rv.reversesEntryId = :id")
                .setParameter("id", entryId).getResultList();
        return Optional.of(new TransactionDetail(row, (String) vehicle[0], (Long) vehicle[1], locationOf(row.station()),
                reversals.isEmpty() ? null : (Instant) reversals.get(0),
                row.suspicions().contains(Suspicion.DISTANT_STATIONS) ? new DistantFillUps(em, suspicions()).of(entryId) : List.of()));
    }

    /** The company, the contract's number and its time zone, for the head of an exported statement. */
    public TransactionHeading heading(long contractId) {
        access.requireContract(contractId);
        Object[] found = (Object[]) em.createQuery("SELECT o.name, c.number, c.timeZone FROM Contract c, Organization o "
                + "WHERE o.id = c.organizationId AND c.id = :id").setParameter("id", contractId).getSingleResult();
        return new TransactionHeading((String) found[0], (String) found[1], ZoneId.of((String) found[2]));
    }

    /** The contract's card groups the caller sees, by name. */
    public List<TransactionGroupChoice> groups(long contractId) {
        access.requireContract(contractId);
        CardScope scope = access.cardScope(contractId);
        List<Object[]> found = em.createQuery("SELECT g.id, g.name FROM CardGroup g WHERE g.contractId = :contract "
                + "ORDER BY g.name", Object[].class).setParameter("contract", contractId).getResultList();
        return found.stream().filter(group -> scope.covers((Long) group[0]))
                .map(group -> new TransactionGroupChoice((Long) group[0], (String) group[1])).toList();
    }

    /** The regions the network's stations stand in, by code. */
    public List<String> regions() {
        return em.createQuery("SELECT DISTINCT t.region FROM Terminal t ORDER BY t.region", String.class).getResultList();
    }

    private TransactionQuery query(long contractId, TransactionFilter filter) {
        access.requireContract(contractId);
        TransactionQuery where = new TransactionQuery(contractId, filter, zoneIfNeeded(contractId, filter),
                access.cardScope(contractId), suspicions());
        if (filter.lastDigits() != null) {
            List<Long> cards = em.createQuery("SELECT k.id FROM Card k WHERE k.contractId = :contract "
                    + "AND k.panMasked LIKE :digits ESCAPE '!'", Long.class).setParameter("contract", contractId)
                    .setParameter("digits", filter.lastDigitsPattern()).setMaxResults(NARROWED_CARDS + 1).getResultList();
            if (cards.size() <= NARROWED_CARDS) {
                where.amongCards(cards);
            }
        }
        return where;
    }

    private SuspicionQuery suspicions() {
        return new SuspicionQuery(new SuspicionRule(suspiciousKilometres, Duration.ofHours(1)));
    }

    private List<TransactionRow> rows(TransactionQuery where, int first, int max) {
        Query query = em.createQuery(TransactionQuery.ROW + where.fromWithGroup() + where.clause() + TransactionQuery.NEWEST_FIRST);
        where.bind(query);
        List<?> found = query.setFirstResult(first).setMaxResults(Math.max(1, Math.min(max, MAX_ROWS))).getResultList();
        return suspicions().marked(em, found.stream().map(row -> TransactionQuery.rowOf((Object[]) row)).toList());
    }

    private String locationOf(String station) {
        if (station == null) {
            return null;
        }
        List<String> found = em.createQuery("SELECT t.location FROM Terminal t WHERE t.station = :station "
                + "OR (t.station IS NULL AND t.id = :station) ORDER BY t.id", String.class)
                .setParameter("station", station).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private ZoneId zoneIfNeeded(long contractId, TransactionFilter filter) {
        if (!filter.hasPeriod()) {
            return null;
        }
        String zone = em.createQuery("SELECT c.timeZone FROM Contract c WHERE c.id = :id", String.class)
                .setParameter("id", contractId).getSingleResult();
        return ZoneId.of(zone);
    }
}
