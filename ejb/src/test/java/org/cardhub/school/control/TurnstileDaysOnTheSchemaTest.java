package org.cardhub.school.control;

import jakarta.persistence.EntityManager;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceRules;
import org.cardhub.school.entity.DayPasses;
import org.cardhub.school.entity.LessonDay;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The register's statements on the real schema (H2 in its PostgreSQL mode), a school in Vladivostok (UTC+10) with
 * lessons 08:30–14:00, Monday 7 to Wednesday 9 December 2026: passes fall on the school's days (an entry at 23:30 on
 * Monday's, one at 00:10 on Tuesday's), several entries keep the first, the database counts each class's day by the
 * same rules as the register, a closed card and another school's pupils are no part of it, and a day the school's
 * turnstiles saw nobody is told apart.
 */
class TurnstileDaysOnTheSchemaTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final AttendanceRules RULES = new AttendanceRules(VLADIVOSTOK, LocalTime.of(8, 30), LocalTime.of(14, 0),
            Instant.parse("2026-12-20T00:00:00Z"));
    private static final List<Instant> WINDOW = RULES.segmentBounds(MONDAY, 3);
    private static MigratedDatabase database;

    @BeforeAll
    static void aSchoolInVladivostokWithTwoClassesAndAnotherSchool() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            organization(em, 800, "1234567890");
            organization(em, 801, "1234567891");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (900, 'S-09000000', 'SCHOOL', 800, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP), "
                    + "(901, 'S-09000001', 'SCHOOL', 801, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name) VALUES (70, 800, 5, 'А', '5А'), "
                    + "(71, 800, 5, 'Б', '5Б'), (72, 801, 5, 'А', '5А')");
            card(em, 10, 900, 70, "ACTIVE");
            card(em, 11, 900, 70, "ACTIVE");
            card(em, 12, 900, 70, "BLOCKED");
            card(em, 13, 900, 71, "ACTIVE");
            card(em, 14, 900, 70, "CLOSED");
            card(em, 20, 901, 72, "ACTIVE");
            sql(em, "INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, created_at) VALUES "
                    + "('GATE-0001', 'TURNSTILE', 'ACTIVE', 'Школа', 'RU-PRI', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            pass(em, 1, 10, "ENTRY", "2026-12-06 21:55:00+00"); // Monday 07:55
            pass(em, 2, 10, "EXIT", "2026-12-07 02:00:00+00"); // 12:00, out for lunch
            pass(em, 3, 10, "ENTRY", "2026-12-07 02:40:00+00"); // 12:40, back
            pass(em, 4, 10, "EXIT", "2026-12-07 04:35:00+00"); // 14:35
            pass(em, 5, 10, "ENTRY", "2026-12-07 13:30:00+00"); // 23:30, still Monday
            pass(em, 6, 10, "ENTRY", "2026-12-07 14:10:00+00"); // Tuesday 00:10
            pass(em, 7, 11, "ENTRY", "2026-12-06 22:45:00+00"); // Monday 08:45, late
            pass(em, 8, 11, "EXIT", "2026-12-07 01:00:00+00"); // 11:00, gone
            pass(em, 9, 13, "EXIT", "2026-12-07 03:00:00+00"); // 5Б: Monday 13:00, an exit without an entry
            pass(em, 10, 14, "ENTRY", "2026-12-06 22:00:00+00"); // a closed card
            pass(em, 11, 12, "ENTRY", "2026-12-07 22:30:30+00"); // Tuesday 08:30:30, on time to the minute
            pass(em, 12, 20, "ENTRY", "2026-12-08 22:00:00+00"); // another school's pupil, Wednesday
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void eachCardsPassesFallOnTheSchoolsDaysWithTheFirstEntryKept() {
        Map<Long, Map<Integer, DayPasses>> passes = read(days -> days.passes(70, WINDOW));

        assertThat(passes.get(10L).get(0)).isEqualTo(new DayPasses(Instant.parse("2026-12-06T21:55:00Z"),
                Instant.parse("2026-12-07T13:30:00Z"), Instant.parse("2026-12-07T04:35:00Z")));
        assertThat(passes.get(10L).get(1)).as("00:10 is Tuesday's").isEqualTo(new DayPasses(
                Instant.parse("2026-12-07T14:10:00Z"), Instant.parse("2026-12-07T14:10:00Z"), null));
        assertThat(passes.get(11L)).containsOnlyKeys(0);
        assertThat(passes.get(12L)).containsOnlyKeys(1);
        assertThat(passes).as("another class, a closed card").doesNotContainKeys(13L, 14L);
    }

    @Test
    void theDatabaseCountsEachClassesDayAsTheRegisterDoes() {
        List<TurnstileDays.Figures> figures = read(days -> days.figures(List.of(70L, 71L), WINDOW));

        assertThat(figures).extracting(TurnstileDays.Figures::classId, TurnstileDays.Figures::day, TurnstileDays.Figures::came,
                        TurnstileDays.Figures::late, TurnstileDays.Figures::leftEarly)
                .containsExactlyInAnyOrder(tuple(70L, 0, 2L, 1L, 1L), tuple(71L, 0, 1L, 0L, 1L), tuple(70L, 1, 2L, 0L, 0L));
        Map<Long, Map<Integer, DayPasses>> passes = read(days -> days.passes(70, WINDOW));
        for (int day = 0; day < 2; day++) {
            List<AttendanceDay> register = new ArrayList<>();
            for (long card : List.of(10L, 11L, 12L)) {
                register.add(RULES.day(MONDAY.plusDays(day), LessonDay.LESSONS,
                        passes.getOrDefault(card, Map.of()).getOrDefault(day, DayPasses.NONE)));
            }
            AttendanceCounts counted = AttendanceCounts.of(MONDAY.plusDays(day), 70, "5А", LessonDay.LESSONS, register);
            int index = day;
            TurnstileDays.Figures inDatabase = figures.stream().filter(f -> f.classId() == 70 && f.day() == index)
                    .findFirst().orElseThrow();
            assertThat(List.of(inDatabase.came(), inDatabase.late(), inDatabase.leftEarly())).as("day " + day)
                    .containsExactly(counted.present(), counted.late(), counted.leftEarly());
        }
    }

    @Test
    void aDayTheSchoolsTurnstilesSawNobodyIsToldApartFromAnotherSchoolsDay() {
        List<Instant> midnights = List.of(WINDOW.get(0), WINDOW.get(3), WINDOW.get(6), WINDOW.get(9));

        boolean[] passed = read(days -> days.schoolPassed(900, midnights));
        boolean[] otherSchool = read(days -> days.schoolPassed(901, midnights));

        assertThat(passed).containsExactly(true, true, false);
        assertThat(otherSchool).containsExactly(false, false, true);
    }

    @Test
    void theTreeOfComparisonsPutsEachMomentInItsPart() {
        for (int part = 0; part < WINDOW.size() - 1; part++) {
            Instant first = WINDOW.get(part);
            Instant last = WINDOW.get(part + 1).minusSeconds(1);
            assertThat(partByDatabase(first)).as("the first moment of part " + part).isEqualTo(part);
            assertThat(partByDatabase(last)).as("the last moment of part " + part).isEqualTo(part);
        }
    }

    private static int partByDatabase(Instant at) {
        List<Object> parameters = new ArrayList<>();
        String tree = TurnstileDays.partOf(WINDOW, parameters);
        return database.inTransaction(em -> {
            try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement("SELECT " + tree
                    + " FROM (SELECT CAST(? AS TIMESTAMP WITH TIME ZONE) AS occurred_at) a")) {
                for (int i = 0; i < parameters.size(); i++) { // the tree's bounds come first in the text
                    query.setObject(i + 1, OffsetDateTime.ofInstant((Instant) parameters.get(i), ZoneOffset.UTC));
                }
                query.setObject(parameters.size() + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static <T> T read(Function<TurnstileDays, T> work) {
        return database.inTransaction(em -> {
            TurnstileDays days = new TurnstileDays();
            days.em = em;
            return work.apply(days);
        });
    }

    private static void organization(EntityManager em, long id, String inn) {
        sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (" + id + ", 'LEGAL_ENTITY', "
                + "'Школа " + id + "', '" + inn + "', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
    }

    private static void card(EntityManager em, long id, long contract, long classId, String status) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "status, expires_on, created_at, class_id) VALUES (" + id + ", " + contract + ", '" + "h".repeat(60) + id
                + "', 'sealed', '700599******00" + id + "', 'PLASTIC', 'PUPIL', 'Ученик " + id + "', '" + status
                + "', DATE '2030-12-31', CURRENT_TIMESTAMP, " + classId + ")");
    }

    private static void pass(EntityManager em, long id, long card, String direction, String at) {
        sql(em, "INSERT INTO attendance (id, card_id, terminal_id, event_id, direction, occurred_at, recorded_at) VALUES ("
                + id + ", " + card + ", 'GATE-0001', 'e" + id + "', '" + direction + "', TIMESTAMP WITH TIME ZONE '" + at
                + "', CURRENT_TIMESTAMP)");
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
