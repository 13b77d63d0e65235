package org.cardhub.meals.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * The cut-off and the school day's moments are on the school's own clock: a meal for Tuesday is ordered until 18:00
 * on Monday where the school is, from tomorrow up to a week ahead.
 */
class CanteenRulesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final CanteenRules RULES = CanteenRules.defaults(1);

    @Test
    void tuesdaysMealIsOrderedUntilSixInTheEveningOnMondayOnTheSchoolsClock() {
        assertThat(RULES.isOpenForOrders(TUESDAY, at(MONDAY, "17:59:59", VLADIVOSTOK), VLADIVOSTOK)).isTrue();
        assertRefused(() -> refuse(TUESDAY, at(MONDAY, "18:00:00", VLADIVOSTOK), VLADIVOSTOK),
                InvalidPreOrderException.Code.ORDERS_CLOSED);
        assertThat(RULES.cutOff(TUESDAY, VLADIVOSTOK)).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
    }

    @Test
    void theSameMomentIsBeforeTheCutOffInMoscowAndAfterItInVladivostok() {
        Instant noonInMoscow = at(MONDAY, "12:00:00", MOSCOW);

        assertThat(RULES.isOpenForOrders(TUESDAY, noonInMoscow, MOSCOW)).isTrue();
        assertThat(RULES.isOpenForOrders(TUESDAY, noonInMoscow, VLADIVOSTOK)).as("19:00 there").isFalse();
    }

    @Test
    void mealsAreOrderedForTomorrowOrLaterAndAtMostAWeekAhead() {
        Instant morning = at(MONDAY, "08:00:00", MOSCOW);

        assertRefused(() -> refuse(MONDAY, morning, MOSCOW), InvalidPreOrderException.Code.DAY_PAST);
        assertRefused(() -> refuse(MONDAY.minusDays(3), morning, MOSCOW), InvalidPreOrderException.Code.DAY_PAST);
        assertThat(RULES.isOpenForOrders(MONDAY.plusDays(7), morning, MOSCOW)).isTrue();
        assertRefused(() -> refuse(MONDAY.plusDays(8), morning, MOSCOW), InvalidPreOrderException.Code.DAY_TOO_FAR);
    }

    @Test
    void aLateNightOrderForTheDayAfterTomorrowIsStillOpenWhenTomorrowsHasClosed() {
        Instant lateMonday = at(MONDAY, "23:30:00", VLADIVOSTOK);

        assertThat(RULES.isOpenForOrders(TUESDAY, lateMonday, VLADIVOSTOK)).isFalse();
        assertThat(RULES.isOpenForOrders(TUESDAY.plusDays(1), lateMonday, VLADIVOSTOK)).isTrue();
    }

    @Test
    void aSchoolsOwnCutOffAndDaysBeforeAreItsOwn() {
        CanteenRules twoDaysAtNoon = new CanteenRules(2, LocalTime.NOON, 2, 14, LocalTime.of(9, 30), LocalTime.of(13, 0),
                null, null);

        assertThat(twoDaysAtNoon.cutOff(TUESDAY.plusDays(1), MOSCOW)).isEqualTo(at(MONDAY, "12:00:00", MOSCOW));
        assertThat(twoDaysAtNoon.isOpenForOrders(MONDAY.plusDays(14), at(MONDAY, "08:00:00", MOSCOW), MOSCOW)).isTrue();
        assertThat(twoDaysAtNoon.attendanceDeadline(TUESDAY, VLADIVOSTOK)).isEqualTo(Instant.parse("2026-12-07T23:30:00Z"));
        assertThat(twoDaysAtNoon.lunch(TUESDAY, VLADIVOSTOK)).isEqualTo(Instant.parse("2026-12-08T03:00:00Z"));
    }

    @Test
    void theDayRunsAtTenAndNoonByDefaultAndAHoldOutlivesLunch() {
        assertThat(RULES.attendanceDeadline(TUESDAY, MOSCOW)).isEqualTo(at(TUESDAY, "10:00:00", MOSCOW));
        assertThat(RULES.lunch(TUESDAY, MOSCOW)).isEqualTo(at(TUESDAY, "12:00:00", MOSCOW));
        assertThat(RULES.startOf(TUESDAY, VLADIVOSTOK)).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(RULES.holdExpiry(TUESDAY, MOSCOW)).isAfter(RULES.lunch(TUESDAY, MOSCOW).plusSeconds(24 * 3600));
        assertThat(RULES.freeMealName()).isEqualTo("Комплексный обед");
    }

    private static void refuse(LocalDate day, Instant now, ZoneId zone) {
        RULES.refusalToOrder(day, now, zone).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private static Instant at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }
}
