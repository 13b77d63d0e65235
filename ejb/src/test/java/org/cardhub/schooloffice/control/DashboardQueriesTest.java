package org.cardhub.schooloffice.control;

import jakarta.persistence.EntityManager;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.schooloffice.entity.AttendanceCount;
import org.cardhub.schooloffice.entity.CanteenCount;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dashboard's statements on the application's schema (H2 in its PostgreSQL mode, migrated by the application's own
 * scripts): a school in Vladivostok with two classes, a pupil of another school and the other school's gate, passes
 * around midnight, sales taken back, a bus fare and a top-up among the canteen's sales — each counted where the school's
 * clock puts it and only when it is the school's.
 */
class DashboardQueriesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final DayWindow TWO_DAYS = new DayWindow(MONDAY, TUESDAY, VLADIVOSTOK);
    private static final LocalTime LESSONS = LocalTime.of(8, 30);

    private static MigratedDatabase database;

    @BeforeAll
    static void twoSchools() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            for (long school : new long[] {7, 8}) {
                sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (" + school
                        + ", 'LEGAL_ENTITY', 'Школа " + school + "', '252012345" + school + "', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
                sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                        + "created_at) VALUES (" + school * 10 + ", 'S-0" + school + "000000', 'SCHOOL', " + school
                        + ", 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
                for (String terminal : new String[] {"GATE", "CANTEEN"}) {
                    sql(em, "INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, "
                            + "created_at, organization_id) VALUES ('" + terminal + "-" + school + "', '"
                            + (terminal.equals("GATE") ? "TURNSTILE" : "CANTEEN_POS") + "', 'ACTIVE', 'Школа', 'RU-PRI', 'x', "
                            + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, " + school + ")");
                }
            }
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name) VALUES (71, 7, 5, 'А', '5А'), "
                    + "(72, 7, 5, 'Б', '5Б'), (81, 8, 5, 'А', '5А')");
            card(em, 701, 70, "Петров Иван", 71, "PUPIL", "ACTIVE");
            card(em, 702, 70, "Петрова Мария", 71, "PUPIL", "ACTIVE");
            card(em, 703, 70, "Сидоров Пётр", 72, "PUPIL", "BLOCKED");
            card(em, 704, 70, "Повар Анна", null, "PERSON", "ACTIVE");
            card(em, 705, 70, "Ушедший Олег", 72, "PUPIL", "CLOSED");
            card(em, 706, 70, "Болеющий Ян", 72, "PUPIL", "ACTIVE");
            card(em, 801, 80, "Чужой Ученик", 81, "PUPIL", "ACTIVE");

            pass(em, 701, "GATE-7", "ENTRY", MONDAY.minusDays(1), "08:00");
            pass(em, 701, "GATE-7", "ENTRY", MONDAY, "08:10");
            pass(em, 701, "GATE-7", "EXIT", MONDAY, "14:00");
            pass(em, 701, "GATE-7", "ENTRY", MONDAY, "15:00");
            pass(em, 701, "GATE-7", "ENTRY", MONDAY, "23:30");
            pass(em, 702, "GATE-7", "ENTRY", MONDAY, "08:45");
            pass(em, 703, "GATE-7", "ENTRY", MONDAY, "08:29:59");
            pass(em, 702, "GATE-7", "ENTRY", TUESDAY, "00:30");
            pass(em, 701, "GATE-8", "ENTRY", TUESDAY, "08:00");
            pass(em, 801, "GATE-8", "ENTRY", MONDAY, "08:00");
            pass(em, 801, "GATE-7", "ENTRY", MONDAY, "08:00");

            entry(em, 1, "PURCHASE", 701, 70, "HOT_MEAL", 7000, MONDAY, "10:15", null);
            entry(em, 2, "PURCHASE", 701, 70, "DRINK", 2500, MONDAY, "12:40", null);
            entry(em, 3, "PURCHASE", 702, 70, "FREE_MEAL", 8000, MONDAY, "12:00", null);
            entry(em, 4, "PURCHASE", 704, 70, "BUFFET", 3000, MONDAY, "11:00", null);
            entry(em, 5, "PURCHASE", 703, 70, "HOT_MEAL", 6000, MONDAY, "10:20", null);
            entry(em, 6, "REVERSAL", 703, 70, "HOT_MEAL", 6000, MONDAY, "10:25", 5L);
            entry(em, 7, "PURCHASE", 701, 70, "TRANSPORT", 3500, MONDAY, "07:30", null);
            entry(em, 8, "TOP_UP", 701, 70, null, 50000, MONDAY, "07:00", null);
            entry(em, 9, "COMPLETION", 703, 70, "MEAL", 5000, TUESDAY, "12:00", null);
            entry(em, 12, "PURCHASE", 702, 70, "BUFFET", 1500, MONDAY, "13:00", null);
            entry(em, 13, "REVERSAL", 702, 70, "BUFFET", 1500, TUESDAY, "09:00", 12L);
            entry(em, 10, "PURCHASE", 801, 80, "HOT_MEAL", 7000, MONDAY, "10:15", null);
            entry(em, 11, "PURCHASE", 701, 70, "HOT_MEAL", 7000, MONDAY.minusDays(1), "23:59", null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void pupilsAreCountedOncePerDayOnTheSchoolsClockLateWhenTheirFirstEntryIsAfterLessonsStart() {
        List<AttendanceCount> counts = read(queries -> queries.attendance(7, queries.turnstiles(7), TWO_DAYS, LESSONS));

        assertThat(counts).extracting(AttendanceCount::date, AttendanceCount::classId, AttendanceCount::present, AttendanceCount::late)
                .as("Иван once on Monday (on time), Мария late; Пётр a second before lessons; Мария on Tuesday half past "
                        + "midnight; the other school's pupil and gate nowhere")
                .containsExactlyInAnyOrder(tuple(MONDAY, 71L, 2L, 1L), tuple(MONDAY, 72L, 1L, 0L), tuple(TUESDAY, 71L, 1L, 0L));
    }

    @Test
    void aSchoolsTurnstilesAreTheTurnstilesStandingAtIt() {
        List<String> seven = read(queries -> queries.turnstiles(7));
        List<String> nine = read(queries -> queries.turnstiles(9));
        List<AttendanceCount> nowhere = read(queries -> queries.attendance(7, List.of(), TWO_DAYS, LESSONS));

        assertThat(seven).containsExactly("GATE-7");
        assertThat(nine).isEmpty();
        assertThat(nowhere).isEmpty();
        assertThat(count(queries -> queries.withoutMealCount(7, List.of(), null, DayWindow.of(MONDAY, VLADIVOSTOK), true)))
                .as("nobody came where there is no turnstile").isZero();
    }

    @Test
    void canteenSalesAreSummedByDayClassAndKindLeavingOutWhatWasTakenBackAndWhatIsNoMeal() {
        List<CanteenCount> counts = read(queries -> queries.canteen(70, TWO_DAYS));

        assertThat(counts).containsExactlyInAnyOrder(
                new CanteenCount(MONDAY, 71L, false, 2, 9500),
                new CanteenCount(MONDAY, 71L, true, 1, 8000),
                new CanteenCount(MONDAY, null, false, 1, 3000),
                new CanteenCount(TUESDAY, 72L, false, 1, 5000));
    }

    @Test
    void eatersArePupilsOfTheSchoolsClassesWhoBoughtOrAteFreeInThePeriod() {
        assertThat(count(queries -> queries.eaters(70, 7, null, TWO_DAYS))).isEqualTo(3);
        assertThat(count(queries -> queries.eaters(70, 7, 71L, TWO_DAYS))).isEqualTo(2);
        assertThat(count(queries -> queries.eaters(70, 7, 72L, DayWindow.of(MONDAY, VLADIVOSTOK)))).as("Пётр's lunch was taken back")
                .isZero();
    }

    @Test
    void theLiveCardsWithoutASaleThatDayAreListedThoseWhoCameFirst() {
        DayWindow monday = DayWindow.of(MONDAY, VLADIVOSTOK);

        List<PupilWithoutMeal> page = read(queries -> queries.withoutMeal(7, queries.turnstiles(7), null, monday, false, 0, 10));

        assertThat(page).extracting(PupilWithoutMeal::cardId, PupilWithoutMeal::className, PupilWithoutMeal::cameAt)
                .containsExactly(tuple(703L, "5Б", at(MONDAY, "08:29:59")), tuple(706L, "5Б", null));
        assertThat(pupils(queries -> queries.withoutMeal(7, queries.turnstiles(7), null, monday, false, 1, 10))).extracting(PupilWithoutMeal::cardId)
                .containsExactly(706L);
        assertThat(pupils(queries -> queries.withoutMeal(7, queries.turnstiles(7), null, monday, true, 0, 10))).extracting(PupilWithoutMeal::cardId)
                .containsExactly(703L);
        assertThat(pupils(queries -> queries.withoutMeal(7, queries.turnstiles(7), 71L, monday, false, 0, 10))).isEmpty();
        assertThat(count(queries -> queries.withoutMealCount(7, queries.turnstiles(7), null, monday, false))).isEqualTo(2);
        assertThat(count(queries -> queries.withoutMealCount(7, queries.turnstiles(7), null, monday, true))).isEqualTo(1);
        DashboardQueries.Uneaten both = read(queries -> queries.uneaten(7, queries.turnstiles(7), null, monday));
        assertThat(both).isEqualTo(new DashboardQueries.Uneaten(2, 1));
        assertThat(count(queries -> queries.withoutMealCount(7, queries.turnstiles(7), 72L, DayWindow.of(TUESDAY, VLADIVOSTOK), false)))
                .as("Пётр had his meal on Tuesday").isEqualTo(1);
    }

    private static long count(Function<DashboardQueries, Long> work) {
        return read(work);
    }

    private static List<PupilWithoutMeal> pupils(Function<DashboardQueries, List<PupilWithoutMeal>> work) {
        return read(work);
    }

    private static <T> T read(Function<DashboardQueries, T> work) {
        return database.inTransaction(em -> {
            DashboardQueries queries = new DashboardQueries();
            queries.em = em;
            return work.apply(queries);
        });
    }

    private static void card(EntityManager em, long id, long contract, String name, Integer classId, String kind, String status) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at, class_id) VALUES (" + id + ", " + contract + ", '" + String.valueOf(id).repeat(22).substring(0, 64)
                + "', 'sealed', '700599******0" + id + "', 'PLASTIC', '" + kind + "', '" + name + "', '" + status
                + "', DATE '2031-11-30', CURRENT_TIMESTAMP, " + classId + ")");
    }

    private static int events;

    private static void pass(EntityManager em, long card, String gate, String direction, LocalDate day, String time) {
        sql(em, "INSERT INTO attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at) VALUES (" + card
                + ", '" + gate + "', 'e" + (++events) + "', '" + direction + "', " + timestamp(day, time) + ", CURRENT_TIMESTAMP)");
    }

    private static void entry(EntityManager em, long id, String kind, long card, long contract, String category, long amount,
                              LocalDate day, String time, Long reverses) {
        sql(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, category, amount_minor, reverses_entry_id, "
                + "actor) VALUES (" + id + ", '" + kind + "', " + timestamp(day, time) + ", " + card + ", " + contract + ", "
                + (category == null ? "NULL" : "'" + category + "'") + ", " + amount + ", " + reverses + ", 'test')");
    }

    private static String timestamp(LocalDate day, String time) {
        return "TIMESTAMP WITH TIME ZONE '" + day + " " + (time.length() == 5 ? time + ":00" : time) + "+10:00'";
    }

    private static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), VLADIVOSTOK).toInstant();
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
