package org.cardhub.schooloffice.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.payments.entity.CanteenSale;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.schooloffice.entity.AttendanceCount;
import org.cardhub.schooloffice.entity.CanteenCount;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's sums, each one statement summed in the database (docs/benchmarks: which index each reads). A period is
 * read between the UTC bounds of its first and last day in the school's zone ({@link DayWindow}, computed in Java);
 * within it a moment's day and time are the school's wall clock, {@code AT TIME ZONE} (PostgreSQL and H2 alike).
 * Canteen sales are purchases (one step, or the completion of a hold) of the canteen's categories — a free meal's
 * {@code FREE_MEAL} among them — that were not taken back; a school's entries are those through turnstiles standing
 * at the school by pupils of its classes.
 */
@Dependent
public class DashboardQueries {

    /** What the canteen sells and the free meal: the categories of the canteen's own sales reports. */
    static final String CANTEEN = "(" + CanteenSale.categoriesSql() + ")";
    static final String FREE = "'FREE_MEAL'";
    static final String LIVE_CARDS = "('ORDERED', 'ISSUED', 'ACTIVE', 'BLOCKED')";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A sale of the canteen's, {@code e} a journal entry. */
    private static final String SALE = "e.kind IN ('PURCHASE', 'COMPLETION') AND e.category IN " + CANTEEN;

    /** A sale not taken back: looked up per entry (reverses_entry_id), for a card's day. */
    private static final String KEPT_SALE = SALE + " AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)";

    /**
     * A sale of the contract's in a period not taken back: the reversals of the contract's canteen sales booked since
     * the period began (a reversal comes after what it takes back) read once, by the same index as the sales, and
     * hashed; parameters the contract and the period's start. Looked up per entry instead, PostgreSQL walks the whole
     * journal by its key to merge it with the reversals.
     */
    private static final String KEPT_SALE_OF_CONTRACT = SALE + " AND e.id NOT IN (SELECT r.reverses_entry_id FROM journal_entry r "
            + "WHERE r.contract_id = ? AND r.category IN " + CANTEEN + " AND r.booked_at >= ? AND r.kind = 'REVERSAL' "
            + "AND r.reverses_entry_id IS NOT NULL)";

    @PersistenceContext
    EntityManager em;

    /** The school's turnstiles: the terminals standing at it (terminal_organization). */
    public List<String> turnstiles(long schoolId) {
        List<?> ids = em.createNativeQuery("SELECT id FROM terminal WHERE organization_id = ? AND kind = 'TURNSTILE' ORDER BY id")
                .setParameter(1, schoolId).getResultList();
        return ids.stream().map(String.class::cast).toList();
    }

    /**
     * Per day and class: the pupils of the school's classes who came in through its {@code turnstiles}, and of them
     * those whose first entry that day was after {@code lessonsStart}. Reads attendance_terminal_direction_time alone, a
     * range per turnstile (named, not joined: joined, PostgreSQL reads the whole table), the cards by their key.
     */
    public List<AttendanceCount> attendance(long schoolId, List<String> turnstiles, DayWindow window, LocalTime lessonsStart) {
        if (turnstiles.isEmpty()) {
            return List.of();
        }
        String zone = SqlZone.of(window.zone());
        String day = "TO_CHAR(a.occurred_at AT TIME ZONE " + zone + ", 'YYYY-MM-DD')";
        String sql = "SELECT p.school_day, p.class_id, COUNT(*), SUM(CASE WHEN p.first_in > ? THEN 1 ELSE 0 END) FROM ("
                + "SELECT " + day + " AS school_day, c.class_id AS class_id, "
                + "TO_CHAR(MIN(a.occurred_at) AT TIME ZONE " + zone + ", 'HH24:MI:SS') AS first_in "
                + "FROM attendance a JOIN card c ON c.id = a.card_id JOIN school_class k ON k.id = c.class_id "
                + "WHERE " + in("a.terminal_id", turnstiles) + " AND a.occurred_at >= ? AND a.occurred_at < ? "
                + "AND a.direction = 'ENTRY' AND k.organization_id = ? "
                + "GROUP BY " + day + ", c.class_id, a.card_id) p GROUP BY p.school_day, p.class_id";
        List<Object> parameters = new ArrayList<>();
        parameters.add(CLOCK.format(lessonsStart));
        parameters.addAll(turnstiles);
        parameters.addAll(List.of(utc(window.start()), utc(window.end()), schoolId));
        return rows(sql, parameters.toArray()).stream().map(row -> new AttendanceCount(LocalDate.parse((String) row[0]),
                number(row[1]), number(row[2]), number(row[3]))).toList();
    }

    /**
     * Per day, class (none for a card in no class) and kind (paid or free): the canteen's sales to the school
     * contract's cards and their sum. Reads journal_entry_contract_category_time (V27), a range per canteen category.
     */
    public List<CanteenCount> canteen(long contractId, DayWindow window) {
        String day = "TO_CHAR(e.booked_at AT TIME ZONE " + SqlZone.of(window.zone()) + ", 'YYYY-MM-DD')";
        String free = "CASE WHEN e.category = " + FREE + " THEN 1 ELSE 0 END";
        String sql = "SELECT " + day + ", c.class_id, " + free + ", COUNT(*), SUM(e.amount_minor) "
                + "FROM journal_entry e JOIN card c ON c.id = e.card_id "
                + "WHERE e.contract_id = ? AND e.booked_at >= ? AND e.booked_at < ? AND " + KEPT_SALE_OF_CONTRACT
                + " GROUP BY " + day + ", c.class_id, " + free;
        return rows(sql, contractId, utc(window.start()), utc(window.end()), contractId, utc(window.start())).stream()
                .map(row -> new CanteenCount(LocalDate.parse((String) row[0]), row[1] == null ? null : number(row[1]),
                        number(row[2]) == 1, number(row[3]), number(row[4])))
                .toList();
    }

    /** How many pupils of the school (or of the class) bought anything in the canteen in the period, or ate free. */
    public long eaters(long contractId, long schoolId, Long classId, DayWindow window) {
        String sql = "SELECT COUNT(DISTINCT e.card_id) FROM journal_entry e JOIN card c ON c.id = e.card_id "
                + "JOIN school_class k ON k.id = c.class_id "
                + "WHERE e.contract_id = ? AND e.booked_at >= ? AND e.booked_at < ? AND " + KEPT_SALE_OF_CONTRACT
                + " AND k.organization_id = ?" + (classId == null ? "" : " AND k.id = ?");
        List<Object> parameters = new ArrayList<>(List.of(contractId, utc(window.start()), utc(window.end()), contractId,
                utc(window.start()), schoolId));
        if (classId != null) {
            parameters.add(classId);
        }
        return number(query(sql, parameters.toArray()).getSingleResult());
    }

    /** How many pupils of the school (or of the class) have not eaten on a day, and of them how many came in. */
    public record Uneaten(long pupils, long present) {
    }

    /** Both counts of {@link #withoutMealCount} in one statement: the dashboard shows both. */
    public Uneaten uneaten(long schoolId, List<String> turnstiles, Long classId, DayWindow day) {
        WithoutMeal statement = new WithoutMeal(schoolId, turnstiles, classId, day, false);
        Object[] counts = (Object[]) query("SELECT COUNT(*), COUNT(x.came_at) FROM (" + statement.sql() + ") x",
                statement.parameters().toArray()).getSingleResult();
        return new Uneaten(number(counts[0]), number(counts[1]));
    }

    /** How many pupils of the school (or of the class) have not eaten on the day; only those who came, when asked. */
    public long withoutMealCount(long schoolId, List<String> turnstiles, Long classId, DayWindow day, boolean presentOnly) {
        WithoutMeal statement = new WithoutMeal(schoolId, turnstiles, classId, day, presentOnly);
        return number(query("SELECT COUNT(*) FROM (" + statement.sql() + ") x" + statement.presence(),
                statement.parameters().toArray()).getSingleResult());
    }

    /**
     * A page of the pupils who have not eaten on the day, those who came first (when they came), then by class and
     * name. Per pupil of the school: a probe of journal_entry_card_time for a sale that day (and of the unique
     * reverses_entry_id for its reversal) and of attendance_card_time for the first entry through one of the school's
     * {@code turnstiles}; the school's pupils by card_class.
     */
    public List<PupilWithoutMeal> withoutMeal(long schoolId, List<String> turnstiles, Long classId, DayWindow day,
                                              boolean presentOnly, int first, int max) {
        WithoutMeal statement = new WithoutMeal(schoolId, turnstiles, classId, day, presentOnly);
        List<Object> parameters = new ArrayList<>(statement.parameters());
        parameters.add(max);
        parameters.add(first);
        String sql = "SELECT x.card_id, x.holder_name, x.class_name, x.came_at FROM (" + statement.sql() + ") x"
                + statement.presence() + " ORDER BY CASE WHEN x.came_at IS NULL THEN 1 ELSE 0 END, x.grade, x.letter, "
                + "x.holder_name, x.card_id LIMIT ? OFFSET ?";
        return rows(sql, parameters.toArray()).stream().map(row -> new PupilWithoutMeal(number(row[0]), (String) row[1],
                (String) row[2], instant(row[3]))).toList();
    }

    /** The pupils of the school (or class) with a live card and no canteen sale on the day, with their first entry. */
    private record WithoutMeal(long schoolId, List<String> turnstiles, Long classId, DayWindow day, boolean presentOnly) {

        String sql() {
            return "SELECT c.id AS card_id, c.holder_name AS holder_name, k.name AS class_name, k.grade AS grade, "
                    + "k.letter AS letter, (SELECT MIN(a.occurred_at) FROM attendance a WHERE a.card_id = c.id "
                    + "AND a.occurred_at >= ? AND a.occurred_at < ? AND a.direction = 'ENTRY' AND "
                    + in("a.terminal_id", turnstiles) + ") AS came_at "
                    + "FROM card c JOIN school_class k ON k.id = c.class_id "
                    + "WHERE k.organization_id = ?" + (classId == null ? "" : " AND k.id = ?") + " AND c.status IN " + LIVE_CARDS
                    + " AND NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.card_id = c.id AND e.booked_at >= ? "
                    + "AND e.booked_at < ? AND " + KEPT_SALE + ")";
        }

        String presence() {
            return presentOnly ? " WHERE x.came_at IS NOT NULL" : "";
        }

        List<Object> parameters() {
            List<Object> parameters = new ArrayList<>(List.of(utc(day.start()), utc(day.end())));
            parameters.addAll(turnstiles);
            parameters.add(schoolId);
            if (classId != null) {
                parameters.add(classId);
            }
            parameters.add(utc(day.start()));
            parameters.add(utc(day.end()));
            return parameters;
        }
    }

    /** {@code column IN (?, …)} for the values, bound in their order; nothing matches none. */
    private static String in(String column, List<String> values) {
        return values.isEmpty() ? "1 = 0" : column + " IN (" + String.join(", ", values.stream().map(value -> "?").toList()) + ")";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return query(sql, parameters).getResultList();
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamp with time zone as the driver returns it: an OffsetDateTime, or a Timestamp by older mappings. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalStateException("Not a moment: " + value.getClass());
    }
}
