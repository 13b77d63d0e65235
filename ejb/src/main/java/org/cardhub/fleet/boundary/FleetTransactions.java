package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.fleet.control.TransactionQuery;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;

import java.time.ZoneId;
import java.util.List;

/**
 * The transactions of one contract, newest first: read straight from the ledger's journal, filtered, paged, counted
 * and summed in the database. An authorisation is only a hold until its completion books the one entry a fill-up
 * leaves, so it shows as one purchase; an authorisation still open is not a transaction yet.
 *
 * <p>What a call costs, in statements: one for the object check ({@link ObjectAccess#requireContract}), one more to
 * read the contract's time zone when the filter has a period, and one for the work itself — so a page of the table
 * with its count and totals is {@link #totals} plus {@link #page}: four statements (six with a period). An export
 * costs the same for its totals, then two (three) per chunk of {@link #after}. Each main statement is a range of
 * the index {@code journal_entry_contract_time} (contract, booked at), joined to the card and to the entry a
 * reversal reverses by their primary keys, and — for a transfer from the contract's account onto a card, whose entry
 * names no card — to its credited posting ({@code posting_entry}) and that posting's account. No new index is needed.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetTransactions {

    /** The most rows one call hands out. */
    public static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    public long count(long contractId, TransactionFilter filter) {
        TransactionQuery where = queryOf(contractId, filter);
        Query query = em.createQuery("SELECT COUNT(e) " + where.from() + where.clause());
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The count and the sums of the filtered transactions, in one statement. */
    public TransactionTotals totals(long contractId, TransactionFilter filter) {
        TransactionQuery where = queryOf(contractId, filter);
        Query query = em.createQuery(TransactionQuery.TOTALS + where.fromWithReversed() + where.clause());
        where.bindWithSums(query);
        return TransactionQuery.totalsOf((Object[]) query.getSingleResult());
    }

    /** A page of the table: rows {@code first} to {@code first + max - 1}, newest first. */
    public List<TransactionRow> page(long contractId, TransactionFilter filter, int first, int max) {
        TransactionQuery where = queryOf(contractId, filter);
        return rows(where, Math.max(0, first), max);
    }

    /**
     * The rows that follow {@code last} (null: from the newest), at most {@code max}: paging by position in the
     * order rather than by offset, so an export walks the whole set in chunks however long it is, and a transaction
     * booked meanwhile does not shift the chunks still to come.
     */
    public List<TransactionRow> after(long contractId, TransactionFilter filter, TransactionRow last, int max) {
        TransactionQuery where = queryOf(contractId, filter);
        if (last != null) {
            where.after(last);
        }
        return rows(where, 0, max);
    }

    private List<TransactionRow> rows(TransactionQuery where, int first, int max) {
        Query query = em.createQuery(TransactionQuery.ROW + where.from() + where.clause() + TransactionQuery.NEWEST_FIRST);
        where.bind(query);
        List<?> found = query.setFirstResult(first).setMaxResults(Math.max(1, Math.min(max, MAX_ROWS))).getResultList();
        return found.stream().map(row -> TransactionQuery.rowOf((Object[]) row)).toList();
    }

    /** The statement's clauses for the filter, over the cards of the contract the caller sees. */
    private TransactionQuery queryOf(long contractId, TransactionFilter filter) {
        access.requireContract(contractId);
        TransactionQuery where = new TransactionQuery(contractId, filter, zoneIfNeeded(contractId, filter));
        where.limitTo(access.cardScope(contractId));
        return where;
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
