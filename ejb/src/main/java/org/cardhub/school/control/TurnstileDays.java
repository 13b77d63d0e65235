package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.school.entity.DayPasses;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements behind the register, on the transaction's own connection: each reads the cards of the classes
 * ({@code card_class}) and, for each card, only the window's passes ({@code attendance_card_time (card_id,
 * occurred_at)}), so a year of a school's history costs nothing but its index. Days are the school's
 * wall-clock days whatever the database's zone: the caller computes the moments that cut the window (each day's
 * midnight, its late mark and its end of lessons, see {@code AttendanceRules.segmentBounds}) and each pass is put in its
 * part of the window by comparing it with them, in a balanced tree of {@code CASE}s (about eight comparisons a pass for
 * two months) — the same on PostgreSQL and H2, with no time zone arithmetic in SQL.
 */
@Dependent
public class TurnstileDays {

    /** The cards that make a class's pupils, as the staff's lists count them. */
    private static final String LIVE = List.of(CardStatus.ORDERED, CardStatus.ISSUED, CardStatus.ACTIVE, CardStatus.BLOCKED)
            .stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private static final String ENTRY = "MIN(CASE WHEN x.direction = 'ENTRY' THEN x.occurred_at END)";
    private static final String LAST_ENTRY = "MAX(CASE WHEN x.direction = 'ENTRY' THEN x.occurred_at END)";
    private static final String LAST_EXIT = "MAX(CASE WHEN x.direction = 'EXIT' THEN x.occurred_at END)";

    @PersistenceContext
    EntityManager em;

    /** A class's figures for one day of the window ({@code day} counted from 0). */
    public record Figures(long classId, int day, long came, long late, long leftEarly) {
    }

    /**
     * Per pupil of the class (a live card placed in it), per day of the window (from 0), what the turnstile saw; a
     * pupil's day without passes is not listed.
     */
    public Map<Long, Map<Integer, DayPasses>> passes(long classId, List<Instant> bounds) {
        Map<Long, Map<Integer, DayPasses>> found = new HashMap<>();
        List<Object> parameters = new ArrayList<>();
        String parts = partOf(bounds, parameters);
        parameters.add(classId);
        parameters.add(bounds.get(0));
        parameters.add(bounds.get(bounds.size() - 1));
        String sql = "SELECT x.card_id, x.seg / 3, " + ENTRY + ", " + LAST_ENTRY + ", " + LAST_EXIT + " FROM ("
                + "SELECT a.card_id, a.direction, a.occurred_at, " + parts + " AS seg "
                + "FROM card c JOIN attendance a ON a.card_id = c.id "
                + "WHERE c.class_id = ? AND c.status IN " + LIVE + " AND a.occurred_at >= ? AND a.occurred_at < ?) x "
                + "GROUP BY x.card_id, x.seg / 3";
        query(sql, parameters, row -> found.computeIfAbsent(row.getLong(1), card -> new HashMap<>())
                .put(row.getInt(2), new DayPasses(instant(row, 3), instant(row, 4), instant(row, 5))));
        return found;
    }

    /**
     * Per class and day of the window, the pupils (live cards of the classes) who passed, and of them how many came
     * late and left early — counted in the database by the rules of {@code AttendanceRules.day}; a class-day nobody
     * came on is not listed.
     */
    public List<Figures> figures(Collection<Long> classIds, List<Instant> bounds) {
        List<Figures> found = new ArrayList<>();
        if (classIds.isEmpty()) {
            return found;
        }
        List<Object> parameters = new ArrayList<>();
        String parts = partOf(bounds, parameters);
        String classes = classIds.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
        parameters.addAll(classIds);
        parameters.add(bounds.get(0));
        parameters.add(bounds.get(bounds.size() - 1));
        String sql = "SELECT p.class_id, p.day_no, COUNT(*), "
                + "SUM(CASE WHEN p.first_in IS NOT NULL AND p.on_time = 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN p.last_out IS NOT NULL AND p.out_after_end = 0 "
                + "AND (p.last_in IS NULL OR p.last_out > p.last_in) THEN 1 ELSE 0 END) FROM ("
                + "SELECT x.class_id, x.card_id, x.seg / 3 AS day_no, " + ENTRY + " AS first_in, " + LAST_ENTRY
                + " AS last_in, " + LAST_EXIT + " AS last_out, "
                + "MAX(CASE WHEN x.direction = 'ENTRY' AND MOD(x.seg, 3) = 0 THEN 1 ELSE 0 END) AS on_time, "
                + "MAX(CASE WHEN x.direction = 'EXIT' AND MOD(x.seg, 3) = 2 THEN 1 ELSE 0 END) AS out_after_end FROM ("
                + "SELECT c.class_id, a.card_id, a.direction, a.occurred_at, " + parts + " AS seg "
                + "FROM card c JOIN attendance a ON a.card_id = c.id "
                + "WHERE c.class_id IN " + classes + " AND c.status IN " + LIVE
                + " AND a.occurred_at >= ? AND a.occurred_at < ?) x "
                + "GROUP BY x.class_id, x.card_id, x.seg / 3) p GROUP BY p.class_id, p.day_no";
        query(sql, parameters, row -> found.add(new Figures(row.getLong(1), row.getInt(2), row.getLong(3), row.getLong(4),
                row.getLong(5))));
        return found;
    }

    /**
     * For each day between consecutive {@code midnights}, whether any card of the school's contract passed a turnstile:
     * one probe a day that stops at the first pass found ({@code card_contract}, then {@code attendance_card_time}).
     */
    public boolean[] schoolPassed(long contractId, List<Instant> midnights) {
        int days = midnights.size() - 1;
        boolean[] passed = new boolean[days];
        List<Object> parameters = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            probes.add("CASE WHEN EXISTS (SELECT 1 FROM card c JOIN attendance a ON a.card_id = c.id WHERE c.contract_id = ? "
                    + "AND a.occurred_at >= ? AND a.occurred_at < ?) THEN 1 ELSE 0 END");
            parameters.add(contractId);
            parameters.add(midnights.get(day));
            parameters.add(midnights.get(day + 1));
        }
        query("SELECT " + String.join(", ", probes), parameters, row -> {
            for (int day = 0; day < days; day++) {
                passed[day] = row.getInt(day + 1) == 1;
            }
        });
        return passed;
    }

    /**
     * The part of the window a pass falls in, 0 to {@code bounds.size() - 2}, as a balanced tree of comparisons with
     * the bounds between the parts; the bounds it compares with are added to {@code parameters} in the text's order.
     */
    static String partOf(List<Instant> bounds, List<Object> parameters) {
        return tree(bounds, 0, bounds.size() - 2, parameters);
    }

    private static String tree(List<Instant> bounds, int first, int last, List<Object> parameters) {
        if (first == last) {
            return Integer.toString(first);
        }
        int middle = (first + last) / 2;
        parameters.add(bounds.get(middle + 1));
        String below = tree(bounds, first, middle, parameters);
        String above = tree(bounds, middle + 1, last, parameters);
        return "CASE WHEN a.occurred_at < ? THEN " + below + " ELSE " + above + " END";
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No connection: the register is read inside a transaction");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1, value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The register could not be read", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
