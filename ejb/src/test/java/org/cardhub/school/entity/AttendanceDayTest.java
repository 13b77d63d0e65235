package org.cardhub.school.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's rules on the school's clock, lessons 08:30–14:00: on time to the minute of the start, late after it,
 * gone early before the end (unless back in), absent only on a day with lessons once they have begun, an exit without
 * an entry still a pupil who came; and the same moments read as different days and times in Vladivostok and Moscow.
 */
class AttendanceDayTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    /** Long after the Monday: every day of that week is past. */
    private static final Instant LATER = Instant.parse("2026-12-20T00:00:00Z");
    private static final AttendanceRules RULES = rules(VLADIVOSTOK, LATER);

    @Test
    void anEntryExactlyAtTheStartOfLessonsIsOnTimeAndSoIsOneWithinThatMinute() {
        AttendanceDay atStart = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:30:00"), at("08:30:00"), null));
        AttendanceDay withinTheMinute = RULES.day(MONDAY, LessonDay.LESSONS,
                new DayPasses(at("08:30:59"), at("08:30:59"), null));

        assertThat(atStart.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(atStart.firstEntry()).isEqualTo(LocalTime.of(8, 30));
        assertThat(withinTheMinute.status()).as("shown as 08:30, so not late").isEqualTo(AttendanceStatus.PRESENT);
        assertThat(withinTheMinute.firstEntry()).isEqualTo(LocalTime.of(8, 30));
    }

    @Test
    void anEntryAfterTheStartOfLessonsIsLate() {
        AttendanceDay day = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:31:00"), at("08:31:00"), at("14:20:00")));

        assertThat(day.status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(day.status().came()).isTrue();
        assertThat(day.firstEntry()).isEqualTo(LocalTime.of(8, 31));
        assertThat(day.lastExit()).isEqualTo(LocalTime.of(14, 20));
        assertThat(day.leftEarly()).isFalse();
    }

    @Test
    void anExitBeforeLessonsEndIsLeavingEarlyAndOneAtTheEndIsNot() {
        AttendanceDay early = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:00:00"), at("08:00:00"), at("13:59:59")));
        AttendanceDay atTheEnd = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:00:00"), at("08:00:00"), at("14:00:00")));

        assertThat(early.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(early.leftEarly()).isTrue();
        assertThat(early.lastExit()).isEqualTo(LocalTime.of(13, 59));
        assertThat(atTheEnd.leftEarly()).isFalse();
    }

    @Test
    void outForLunchAndBackInIsNotLeavingEarly() {
        AttendanceDay day = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:10:00"), at("12:40:00"), at("12:00:00")));

        assertThat(day.leftEarly()).isFalse();
        assertThat(day.status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void ofSeveralEntriesTheFirstDecidesLatenessAndIsTheOneShown() {
        AttendanceDay day = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:10:00"), at("09:45:00"), at("15:00:00")));

        assertThat(day.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(day.firstEntry()).isEqualTo(LocalTime.of(8, 10));
    }

    @Test
    void noEntryOnADayWithLessonsIsAbsence() {
        AttendanceDay day = RULES.day(MONDAY, LessonDay.LESSONS, DayPasses.NONE);

        assertThat(day.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(day.firstEntry()).isNull();
        assertThat(day.lastExit()).isNull();
        assertThat(day.leftEarly()).isFalse();
    }

    @Test
    void anExitWithoutAnEntryIsAPupilWhoCameNeverLateAndMayHaveLeftEarly() {
        AttendanceDay day = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(null, null, at("11:15:00")));

        assertThat(day.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(day.firstEntry()).isNull();
        assertThat(day.lastExit()).isEqualTo(LocalTime.of(11, 15));
        assertThat(day.leftEarly()).isTrue();
    }

    @Test
    void todayNobodyIsAbsentBeforeLessonsStartAndTheNotComeAreAbsentOnceTheyHave() {
        AttendanceRules beforeLessons = rules(VLADIVOSTOK, ZonedDateTime.of(MONDAY, LocalTime.of(8, 29), VLADIVOSTOK).toInstant());
        AttendanceRules duringLessons = rules(VLADIVOSTOK, ZonedDateTime.of(MONDAY, LocalTime.of(8, 30), VLADIVOSTOK).toInstant());

        assertThat(beforeLessons.day(MONDAY, LessonDay.LESSONS, DayPasses.NONE).status()).isEqualTo(AttendanceStatus.EXPECTED);
        assertThat(duringLessons.day(MONDAY, LessonDay.LESSONS, DayPasses.NONE).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(duringLessons.day(MONDAY.plusDays(1), LessonDay.AHEAD, DayPasses.NONE).status())
                .as("tomorrow").isEqualTo(AttendanceStatus.EXPECTED);
    }

    @Test
    void aDayTheSchoolsTurnstilesSawNobodyHasNoLessonsAndNobodyIsAbsent() {
        LocalDate saturday = MONDAY.minusDays(2);

        assertThat(RULES.lessonDay(saturday, false)).isEqualTo(LessonDay.NO_LESSONS);
        assertThat(RULES.day(saturday, LessonDay.NO_LESSONS, DayPasses.NONE).status()).isEqualTo(AttendanceStatus.NO_LESSONS);
        assertThat(RULES.lessonDay(saturday, true)).as("Saturday lessons").isEqualTo(LessonDay.LESSONS);
        assertThat(RULES.absenceCounts(saturday, LessonDay.NO_LESSONS)).isFalse();
    }

    @Test
    void todayWithNobodyInYetIsNotKnownUntilLessonsEndAndADayAheadNeverIs() {
        Instant nine = ZonedDateTime.of(MONDAY, LocalTime.of(9, 0), VLADIVOSTOK).toInstant();
        Instant evening = ZonedDateTime.of(MONDAY, LocalTime.of(18, 0), VLADIVOSTOK).toInstant();

        assertThat(rules(VLADIVOSTOK, nine).lessonDay(MONDAY, false)).isEqualTo(LessonDay.AHEAD);
        assertThat(rules(VLADIVOSTOK, evening).lessonDay(MONDAY, false)).isEqualTo(LessonDay.NO_LESSONS);
        assertThat(rules(VLADIVOSTOK, nine).lessonDay(MONDAY.plusDays(1), false)).isEqualTo(LessonDay.AHEAD);
    }

    @Test
    void theSameMomentIsLateOnAVladivostokMorningAndTheSmallHoursInMoscow() {
        Instant moment = Instant.parse("2026-12-06T23:45:00Z");
        AttendanceRules moscow = rules(MOSCOW, LATER);

        AttendanceDay inVladivostok = RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(moment, moment, null));
        AttendanceDay inMoscow = moscow.day(MONDAY, LessonDay.LESSONS, new DayPasses(moment, moment, null));

        assertThat(inVladivostok.status()).as("09:45 on Monday").isEqualTo(AttendanceStatus.LATE);
        assertThat(inVladivostok.firstEntry()).isEqualTo(LocalTime.of(9, 45));
        assertThat(inMoscow.status()).as("02:45 on Monday, long before lessons").isEqualTo(AttendanceStatus.PRESENT);
        assertThat(inMoscow.firstEntry()).isEqualTo(LocalTime.of(2, 45));
    }

    @Test
    void anEarlyMondayInVladivostokIsStillSundayEveningInMoscow() {
        Instant moment = Instant.parse("2026-12-06T20:45:00Z");
        List<Instant> vladivostokMonday = RULES.segmentBounds(MONDAY, 1);
        List<Instant> moscowMonday = rules(MOSCOW, LATER).segmentBounds(MONDAY, 1);

        assertThat(moment).as("06:45 on Monday, before its late mark")
                .isAfterOrEqualTo(vladivostokMonday.get(0)).isBefore(vladivostokMonday.get(1));
        assertThat(moment).as("23:45 on Sunday").isBefore(moscowMonday.get(0));
        assertThat(rules(MOSCOW, moment).today()).isEqualTo(MONDAY.minusDays(1));
        assertThat(rules(VLADIVOSTOK, moment).today()).isEqualTo(MONDAY);
    }

    @Test
    void theWindowIsCutAtEachSchoolsOwnMidnightsLateMarksAndEndsOfLessons() {
        List<Instant> vladivostok = RULES.segmentBounds(MONDAY, 2);
        List<Instant> moscow = rules(MOSCOW, LATER).segmentBounds(MONDAY, 1);

        assertThat(vladivostok).containsExactly(Instant.parse("2026-12-06T14:00:00Z"), Instant.parse("2026-12-06T22:31:00Z"),
                Instant.parse("2026-12-07T04:00:00Z"), Instant.parse("2026-12-07T14:00:00Z"),
                Instant.parse("2026-12-07T22:31:00Z"), Instant.parse("2026-12-08T04:00:00Z"),
                Instant.parse("2026-12-08T14:00:00Z"));
        assertThat(moscow).containsExactly(Instant.parse("2026-12-06T21:00:00Z"), Instant.parse("2026-12-07T05:31:00Z"),
                Instant.parse("2026-12-07T11:00:00Z"), Instant.parse("2026-12-07T21:00:00Z"));
    }

    @Test
    void theSchoolsTodayIsItsOwnDate() {
        Instant eveningInMoscow = Instant.parse("2026-12-06T19:30:00Z");

        assertThat(rules(VLADIVOSTOK, eveningInMoscow).today()).isEqualTo(MONDAY);
        assertThat(rules(MOSCOW, eveningInMoscow).today()).isEqualTo(MONDAY.minusDays(1));
    }

    @Test
    void aDaysFiguresCountTheLateAmongThePresent() {
        List<AttendanceDay> days = List.of(
                RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("08:00:00"), at("08:00:00"), at("12:00:00"))),
                RULES.day(MONDAY, LessonDay.LESSONS, new DayPasses(at("09:00:00"), at("09:00:00"), null)),
                RULES.day(MONDAY, LessonDay.LESSONS, DayPasses.NONE));

        AttendanceCounts counts = AttendanceCounts.of(MONDAY, 5, "5А", LessonDay.LESSONS, days);

        assertThat(counts.pupils()).isEqualTo(3);
        assertThat(counts.present()).isEqualTo(2);
        assertThat(counts.late()).isEqualTo(1);
        assertThat(counts.absent()).isEqualTo(1);
        assertThat(counts.leftEarly()).isEqualTo(1);
        assertThat(counts.expected()).isZero();
        assertThat(AttendanceCounts.counted(MONDAY, 5, "5А", LessonDay.LESSONS, 3, 2, 1, 1, true)).isEqualTo(counts);
    }

    @Test
    void lessonsEndAfterTheyStart() {
        assertThatThrownBy(() -> new AttendanceRules(MOSCOW, LocalTime.of(9, 0), LocalTime.of(9, 0), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AttendanceRules rules(ZoneId zone, Instant now) {
        return new AttendanceRules(zone, LocalTime.of(8, 30), LocalTime.of(14, 0), now);
    }

    /** A moment of the Monday on Vladivostok's clock. */
    private static Instant at(String time) {
        return ZonedDateTime.of(MONDAY, LocalTime.parse(time), VLADIVOSTOK).toInstant();
    }
}
