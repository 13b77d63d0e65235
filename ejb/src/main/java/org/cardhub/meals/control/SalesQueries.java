package org.cardhub.meals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.meals.entity.SalesFigures;
import org.cardhub.meals.entity.SalesPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.CanteenSale;
import org.cardhub.school.entity.PupilCategory;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The statements of a school canteen's sales reports: each an aggregate in the database over the canteen's sales
 * ({@link CanteenSale}) of one school contract in a period — the entries found by
 * {@code journal_entry_contract_category_time} (contract, category, booked_at; one range per category), what each
 * posted to the merchants' account by {@code posting_account_entry} (account, entry) — so the sums are the ledger's.
 * Days are the school's: a booking time read as the clock on its wall showed it ({@code AT TIME ZONE}, then
 * {@code TO_CHAR}, alike on PostgreSQL and H2). Native SQL, as the dishes' prices are a converted column JPQL would not
 * add up as numbers; the other tables are read as named in the architecture notes (the ledger's, the payments' dish
 * lines, the cards and classes, the free meals).
 */
@Dependent
public class SalesQueries {

    /** Zone ids are letters, digits and {@code / _ + - :}; nothing else is ever written into a statement. */
    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+:-]+");

    /** The sales of the contract in the period ({@code e}), each with what it posted to the merchants' account ({@code p}). */
    private static final String SALES = " FROM journal_entry e JOIN posting p ON p.entry_id = e.id AND p.account_id = "
            + "(SELECT m.id FROM account m WHERE m.system_code = 'MERCHANT_PAYABLE') ";
    private static final String IN_PERIOD = " WHERE e.contract_id = ? AND e.category IN (" + CanteenSale.categoriesSql()
            + ") AND e.kind IN (" + CanteenSale.kindsSql() + ") AND e.booked_at >= ? AND e.booked_at < ?";

    /** A sale counts one meal; a reversal, which took money out of the merchants' account, takes one back. */
    private static final String MEAL = "CASE WHEN p.amount_minor < 0 THEN -1 ELSE 1 END";

    @PersistenceContext
    EntityManager em;

    /** The sales by local day and category of customer, and by the class each card is in now: one pass, two views. */
    public record Sold(Map<LocalDate, Map<PupilCategory, SalesFigures>> byDayAndCategory, List<ClassSales> byClass) {
    }

    /**
     * One pass over the period's sales grouped by local day, category of customer (a free meal paid from the budget, a
     * staff card, else a paying pupil) and the card's class; the days' and the classes' sums are added up from it.
     */
    public Sold sold(long contractId, SalesPeriod period, ZoneId zone) {
        Query query = em.createNativeQuery("SELECT s.sales_day, s.customer, s.class_id, s.class_name, s.grade, s.letter, "
                + "SUM(s.amount), SUM(s.meal) FROM (SELECT "
                + "TO_CHAR(e.booked_at AT TIME ZONE " + sqlZone(zone) + ", 'YYYY-MM-DD') AS sales_day, "
                + "CASE WHEN f.entry_id IS NOT NULL THEN 'FREE_MEALS' WHEN c.holder_kind = 'PERSON' THEN 'STAFF' "
                + "ELSE 'PAID' END AS customer, k.id AS class_id, k.name AS class_name, k.grade AS grade, k.letter AS letter, "
                + "p.amount_minor AS amount, " + MEAL + " AS meal" + SALES
                + "LEFT JOIN card c ON c.id = e.card_id LEFT JOIN school_class k ON k.id = c.class_id "
                + "LEFT JOIN free_meal f ON e.category = 'FREE_MEAL' AND f.entry_id = COALESCE(e.reverses_entry_id, e.id)"
                + IN_PERIOD + ") s GROUP BY s.sales_day, s.customer, s.class_id, s.class_name, s.grade, s.letter");
        Map<LocalDate, Map<PupilCategory, SalesFigures>> days = new TreeMap<>();
        Map<Long, ClassRow> classes = new HashMap<>();
        for (Object row : bind(query, contractId, period, zone).getResultList()) {
            Object[] columns = (Object[]) row;
            SalesFigures figures = new SalesFigures(minor(columns[6]), minor(columns[7]));
            days.computeIfAbsent(LocalDate.parse((String) columns[0]), day -> new EnumMap<>(PupilCategory.class))
                    .merge(PupilCategory.valueOf((String) columns[1]), figures, SalesFigures::plus);
            Long classId = columns[2] == null ? null : ((Number) columns[2]).longValue();
            classes.merge(classId, new ClassRow(classId, (String) columns[3],
                    columns[4] == null ? Integer.MAX_VALUE : ((Number) columns[4]).intValue(),
                    columns[5] == null ? "" : (String) columns[5], figures), ClassRow::plus);
        }
        List<ClassSales> byClass = classes.values().stream()
                .sorted(Comparator.comparingInt(ClassRow::grade).thenComparing(ClassRow::letter))
                .map(row -> new ClassSales(row.classId(), row.name(), row.figures())).toList();
        return new Sold(days, byClass);
    }

    /** A class's sums while the rows are added up, with what orders the classes: grade, then letter; no class last. */
    private record ClassRow(Long classId, String name, int grade, String letter, SalesFigures figures) {

        ClassRow plus(ClassRow other) {
            return new ClassRow(classId, name, grade, letter, figures.plus(other.figures));
        }
    }

    /**
     * By dish, as the sales listed their dishes (a reversal takes back its sale's), the most sold first; then, when the
     * dishes listed do not make up {@code revenue}, what the rest came to, under no name.
     */
    public List<DishSales> byDish(long contractId, SalesPeriod period, ZoneId zone, long revenueMinor) {
        Query query = em.createNativeQuery("SELECT s.name, SUM(s.quantity), SUM(s.amount) FROM (SELECT i.name AS name, "
                + MEAL + " * i.quantity AS quantity, " + MEAL + " * i.quantity * i.price_minor AS amount"
                + SALES + "JOIN purchase_item i ON i.entry_id = COALESCE(e.reverses_entry_id, e.id)" + IN_PERIOD
                + ") s GROUP BY s.name");
        List<DishSales> dishes = new ArrayList<>();
        long listed = 0;
        for (Object row : bind(query, contractId, period, zone).getResultList()) {
            Object[] columns = (Object[]) row;
            long quantity = minor(columns[1]);
            long amount = minor(columns[2]);
            if (quantity != 0 || amount != 0) {
                dishes.add(new DishSales((String) columns[0], quantity, rub(amount)));
            }
            listed += amount;
        }
        dishes.sort(Comparator.comparing(DishSales::amount).reversed().thenComparing(DishSales::name));
        if (listed != revenueMinor) {
            dishes.add(new DishSales(null, null, rub(revenueMinor - listed)));
        }
        return dishes;
    }

    private static Query bind(Query query, long contractId, SalesPeriod period, ZoneId zone) {
        return query.setParameter(1, contractId).setParameter(2, Timestamp.from(period.start(zone)))
                .setParameter(3, Timestamp.from(period.end(zone)));
    }

    /**
     * The zone as SQL: a region's name as a string; a fixed offset as an interval, since PostgreSQL reads a string like
     * {@code '+03:00'} the POSIX way round (three hours west).
     */
    static String sqlZone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset offset) {
            int minutes = offset.getTotalSeconds() / 60;
            return String.format("INTERVAL '%s%02d:%02d' HOUR TO MINUTE", minutes < 0 ? "-" : "+",
                    Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        }
        if (!ZONE_ID.matcher(normal.getId()).matches()) {
            throw new IllegalArgumentException("Not a zone id to write into SQL: " + normal.getId());
        }
        return "'" + normal.getId() + "'";
    }

    private static long minor(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private static Amount rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB);
    }
}
