package org.cardhub.fleet.control;

import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL of a contract's transactions: the joins, the WHERE clause of a filter and of the caller's card scope, and
 * the parameters they need. A caller limited to some card groups sees the transactions of those groups' cards only,
 * never the contract's own account: the scope is a condition of every statement, so pages, counts, totals and
 * exports agree.
 */
public final class TransactionQuery {

    public static final String ROW = "SELECT e.id, e.bookedAt, e.kind, c.panMasked, c.holderName, e.station, e.region, "
            + "e.productCode, e.amountMinor, e.volumeMilli, c.vehicle.model, c.vehicle.plate, g.name, e.discountMinor, "
            + "e.discountBasisPoints ";

    /** Purchases count as spent, their reversals take it back; top-ups as paid in, likewise ({@link TransactionType}). */
    public static final String TOTALS = "SELECT COUNT(e), "
            + "SUM(CASE WHEN e.kind IN (:purchase, :completion) THEN e.amountMinor WHEN r.kind IN (:purchase, :completion) THEN 0 - e.amountMinor ELSE 0 END), "
            + "SUM(CASE WHEN e.kind IN (:purchase, :completion) THEN e.volumeMilli WHEN r.kind IN (:purchase, :completion) THEN 0 - e.volumeMilli ELSE 0 END), "
            + "SUM(CASE WHEN e.kind IN (:topUp, :autoTopUp) THEN e.amountMinor WHEN r.kind IN (:topUp, :autoTopUp) THEN 0 - e.amountMinor ELSE 0 END) ";

    public static final String NEWEST_FIRST = " ORDER BY e.bookedAt DESC, e.id DESC";

    /**
     * The card of an entry is its own; a transfer from the contract's account names no card, so its card is the one
     * whose account the transfer credits (the positive posting of the two). The postings are looked up for such a
     * transfer only (COALESCE stops at an entry's own card), never joined to every row: a month of a large fleet
     * would otherwise hash the whole posting table.
     */
    private static final String FROM = "FROM JournalEntry e LEFT JOIN Card c ON c.id = COALESCE(e.cardId, "
            + "(SELECT a.cardId FROM Posting p, Account a WHERE p.entry = e AND e.kind = :transfer AND p.amount > 0 "
            + "AND a.id = p.accountId))";

    private static final String REVERSED = "EXISTS (SELECT rv.id FROM JournalEntry rv WHERE rv.reversesEntryId = e.id)";

    private final StringBuilder clause = new StringBuilder(" WHERE e.contractId = :contract");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final SuspicionQuery suspicions;
    private boolean suspicious;

    /** {@code zone} is the contract's time zone, needed only when the filter has a period. */
    public TransactionQuery(long contractId, TransactionFilter filter, ZoneId zone, CardScope scope, SuspicionQuery suspicions) {
        this.suspicions = suspicions;
        parameters.put("contract", contractId);
        parameters.put("transfer", EntryKind.TRANSFER);
        if (!scope.allCards()) {
            add("c.groupId IN :scope", "scope", scope.groupIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.groupIds()));
        }
        if (filter.from() != null) {
            add("e.bookedAt >= :from", "from", filter.fromInstant(zone));
        }
        if (filter.to() != null) {
            add("e.bookedAt < :until", "until", filter.untilInstant(zone));
        }
        if (filter.lastDigits() != null) {
            add("c.panMasked LIKE :digits ESCAPE '!'", "digits", filter.lastDigitsPattern());
        }
        if (filter.groupId() != null) {
            add("c.groupId = :group", "group", filter.groupId());
        }
        if (filter.vehicle() != null) {
            add("(LOWER(c.vehicle.model) LIKE :vehicle ESCAPE '!' OR LOWER(c.vehicle.plate) LIKE :vehicle ESCAPE '!' "
                    + "OR LOWER(c.vehicle.driver) LIKE :vehicle ESCAPE '!' OR LOWER(c.holderName) LIKE :vehicle ESCAPE '!')",
                    "vehicle", filter.vehiclePattern());
        }
        if (filter.station() != null) {
            add("LOWER(e.station) LIKE :station ESCAPE '!'", "station", filter.stationPattern());
        }
        if (filter.region() != null) {
            add("e.region = :region", "region", filter.region());
        }
        if (filter.product() != null) {
            add("e.productCode = :product", "product", filter.product());
        }
        if (filter.type() != null) {
            add("e.kind IN :kinds", "kinds", filter.type().kinds());
        }
        if (filter.status() != null) {
            clause.append(filter.status() == TransactionStatus.REVERSED ? " AND " : " AND NOT ").append(REVERSED);
        }
        if (filter.suspiciousOnly()) {
            clause.append(" AND ").append(suspicions.either());
            suspicious = true;
        }
    }

    /** Only the rows after this one in the newest-first order; the first condition bounds the index range. */
    public void after(TransactionRow last) {
        clause.append(" AND e.bookedAt <= :lastAt AND (e.bookedAt < :lastAt OR e.id < :lastId)");
        parameters.put("lastAt", last.bookedAt());
        parameters.put("lastId", last.id());
    }

    /**
     * Only entries of these cards or of none (a transfer onto one of them names no card): the cards the filter's
     * digits match, looked up first, so the database reads their entries by the index {@code journal_entry_card_time}
     * instead of every entry of the period. The filter's own condition still decides.
     */
    public void amongCards(List<Long> cardIds) {
        add("(e.cardId IN :cards OR e.cardId IS NULL)", "cards", cardIds.isEmpty() ? List.of(-1L) : cardIds);
    }

    /** Only the one entry, if the filter and scope let it through. */
    public void only(long entryId) {
        add("e.id = :entry", "entry", entryId);
    }

    public String from() {
        return FROM;
    }

    /** With the card's group, whose name a row shows. */
    public String fromWithGroup() {
        return FROM + " LEFT JOIN CardGroup g ON g.id = c.groupId";
    }

    /** With the entry a reversal reverses, whose kind says which sum the reversal takes back from. */
    public String fromWithReversed() {
        return FROM + " LEFT JOIN JournalEntry r ON r.id = e.reversesEntryId";
    }

    public String clause() {
        return clause.toString();
    }

    public void bind(Query query) {
        parameters.forEach(query::setParameter);
        if (suspicious) {
            suspicions.bind(query);
        }
    }

    public void bindWithSums(Query query) {
        bind(query);
        query.setParameter("purchase", EntryKind.PURCHASE).setParameter("completion", EntryKind.COMPLETION)
                .setParameter("topUp", EntryKind.TOP_UP).setParameter("autoTopUp", EntryKind.AUTO_TOP_UP);
    }

    private void add(String condition, String name, Object value) {
        clause.append(" AND ").append(condition);
        parameters.put(name, value);
    }

    /** A row of {@link #ROW}, booked and unsuspected until its marks are read. */
    public static TransactionRow rowOf(Object[] row) {
        return new TransactionRow(((Number) row[0]).longValue(), (Instant) row[1], TransactionType.of((EntryKind) row[2]),
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                Amount.ofMinorUnits(((Number) row[8]).longValue(), Currency.RUB),
                Amount.ofMinorUnits(((Number) row[9]).longValue(), Currency.LITRE),
                Amount.ofMinorUnits(((Number) row[13]).longValue(), Currency.RUB), ((Number) row[14]).intValue(),
                (String) row[10], (String) row[11], (String) row[12], TransactionStatus.BOOKED, Set.of());
    }

    public static TransactionTotals totalsOf(Object[] sums) {
        return new TransactionTotals(((Number) sums[0]).longValue(), Amount.ofMinorUnits(minor(sums[1]), Currency.RUB),
                Amount.ofMinorUnits(minor(sums[2]), Currency.LITRE), Amount.ofMinorUnits(minor(sums[3]), Currency.RUB));
    }

    /** A SUM over no rows is null. */
    private static long minor(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
