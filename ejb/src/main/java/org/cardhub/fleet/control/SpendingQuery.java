package org.cardhub.fleet.control;

import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.MonthlySpending.ProductSpent;
import org.cardhub.fleet.entity.MonthlySpending.Spent;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionTotals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JPQL of a contract's spending this month so far and last month, summed in the database by day and by product
 * over the purchases (and their reversals) the transactions page shows, with its sums ({@link TransactionQuery}), of
 * the cards the caller sees. Days and months are the contract's: the booking time is read as the clock on its wall
 * showed it ({@code AT TIME ZONE}, which PostgreSQL and H2 both know; {@code TO_CHAR} of that reads the same on both,
 * where a cast to a date would take H2's session zone instead).
 */
public final class SpendingQuery {

    /** Zone ids are letters, digits and {@code / _ + - :}; nothing else is ever written into the statement. */
    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+:-]+");

    private static final String SPENDING_ONLY = " AND (e.kind IN (:purchase, :completion) OR r.kind IN (:purchase, :completion))";

    private static final Comparator<ProductSpent> MOST_SPENT_FIRST = Comparator.comparing(
            (ProductSpent product) -> product.thisMonth().money().plus(product.lastMonth().money())).reversed();

    private final TransactionQuery where;
    private final String localTime;
    private final LocalDate today;

    /** {@code today} is the contract's, in {@code zone}. */
    public SpendingQuery(long contractId, ZoneId zone, CardScope cardScope, LocalDate today) {
        this.today = today;
        LocalDate since = YearMonth.from(today).minusMonths(1).atDay(1);
        this.where = new TransactionQuery(contractId, new TransactionFilter(since, today, null, null, null, null, null), zone, cardScope, null);
        this.localTime = "? AT TIME ZONE " + sqlZone(zone);
    }

    /** Count, money, litres, paid in (as {@link TransactionQuery#TOTALS}), then the day as {@code yyyy-MM-dd}. */
    public String byDay() {
        String day = "SQL('TO_CHAR(" + localTime + ", ''YYYY-MM-DD'')', e.bookedAt)";
        return grouped(day);
    }

    /** The same sums, then the month as {@code yyyy-MM}, then the product's code. */
    public String byProduct() {
        String month = "SQL('TO_CHAR(" + localTime + ", ''YYYY-MM'')', e.bookedAt)";
        return grouped(month + ", e.productCode");
    }

    private String grouped(String keys) {
        return TransactionQuery.TOTALS + ", " + keys + " " + where.fromWithReversed() + where.clause() + SPENDING_ONLY
                + " GROUP BY " + keys;
    }

    public void bind(Query query) {
        where.bindWithSums(query);
    }

    /** The rows of {@link #byDay} and {@link #byProduct} as the comparison they make. */
    public MonthlySpending spendingOf(List<Object[]> days, List<Object[]> products) {
        Map<LocalDate, Spent> byDay = new HashMap<>();
        for (Object[] row : days) {
            byDay.put(LocalDate.parse((String) row[4]), spentOf(row));
        }
        YearMonth thisMonth = YearMonth.from(today);
        Map<String, Spent[]> byProduct = new LinkedHashMap<>();
        for (Object[] row : products) {
            Spent[] months = byProduct.computeIfAbsent((String) row[5], code -> new Spent[] {Spent.NOTHING, Spent.NOTHING});
            months[YearMonth.parse((String) row[4]).equals(thisMonth) ? 0 : 1] = spentOf(row);
        }
        return new MonthlySpending(today, byDay, byProduct.entrySet().stream()
                .map(product -> new ProductSpent(product.getKey(), product.getValue()[0], product.getValue()[1]))
                .sorted(MOST_SPENT_FIRST).toList());
    }

    private static Spent spentOf(Object[] row) {
        TransactionTotals sums = TransactionQuery.totalsOf(row);
        return new Spent(sums.spent(), sums.litres());
    }

    /**
     * The zone as SQL: a region's name as a string; a fixed offset as an interval, since PostgreSQL reads a string
     * like {@code '+03:00'} the POSIX way round (three hours west).
     */
    static String sqlZone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset offset) {
            int minutes = offset.getTotalSeconds() / 60;
            return String.format("INTERVAL ''%s%02d:%02d'' HOUR TO MINUTE", minutes < 0 ? "-" : "+",
                    Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        }
        if (!ZONE_ID.matcher(normal.getId()).matches()) {
            throw new IllegalArgumentException("Not a zone id to write into SQL: " + normal.getId());
        }
        return "''" + normal.getId() + "''";
    }
}
