package org.cardhub.periods.entity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timer's decision: a contract's month is closed once it has ended in the contract's zone and the grace period
 * after its end has passed, and not a minute before; each zone on its own clock.
 */
class ClosingScheduleTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final ClosingSchedule THREE_DAYS = new ClosingSchedule(Duration.ofDays(3));

    @Test
    void aMonthIsDueOnlyOnceItsEndAndTheGraceHavePassedInTheContractsZone() {
        Clock justBefore = clockAt(ZonedDateTime.of(2026, 2, 3, 23, 59, 59, 0, MOSCOW));
        Clock atTheEnd = clockAt(ZonedDateTime.of(2026, 2, 4, 0, 0, 0, 0, MOSCOW));

        assertThat(THREE_DAYS.isDue(JANUARY, justBefore.instant(), MOSCOW)).isFalse();
        assertThat(THREE_DAYS.lastDue(justBefore.instant(), MOSCOW)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(THREE_DAYS.isDue(JANUARY, atTheEnd.instant(), MOSCOW)).isTrue();
        assertThat(THREE_DAYS.lastDue(atTheEnd.instant(), MOSCOW)).isEqualTo(JANUARY);
    }

    @Test
    void theSameMomentIsDueInVladivostokAndNotYetInMoscow() {
        // 4 February 00:30 in Vladivostok is 3 February 17:30 in Moscow
        Clock clock = clockAt(ZonedDateTime.of(2026, 2, 4, 0, 30, 0, 0, VLADIVOSTOK));

        assertThat(THREE_DAYS.isDue(JANUARY, clock.instant(), VLADIVOSTOK)).isTrue();
        assertThat(THREE_DAYS.isDue(JANUARY, clock.instant(), MOSCOW)).isFalse();
        assertThat(THREE_DAYS.lastDue(clock.instant(), VLADIVOSTOK)).isEqualTo(JANUARY);
        assertThat(THREE_DAYS.lastDue(clock.instant(), MOSCOW)).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void theLastDueMonthAndIsDueAgreeAllYearRound() {
        Instant start = ZonedDateTime.of(2025, 12, 1, 0, 0, 0, 0, MOSCOW).toInstant();
        for (Instant now = start; now.isBefore(start.plus(Duration.ofDays(400))); now = now.plus(Duration.ofMinutes(97))) {
            YearMonth last = THREE_DAYS.lastDue(now, VLADIVOSTOK);
            assertThat(THREE_DAYS.isDue(last, now, VLADIVOSTOK)).as("%s at %s", last, now).isTrue();
            assertThat(THREE_DAYS.isDue(last.plusMonths(1), now, VLADIVOSTOK)).as("%s at %s", last.plusMonths(1), now).isFalse();
        }
    }

    @Test
    void aMonthHasEndedForTheBackOfficeAtMidnightWithoutGrace() {
        Instant midnight = ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, MOSCOW).toInstant();

        assertThat(ClosingSchedule.hasEnded(JANUARY, midnight.minusSeconds(1), MOSCOW)).isFalse();
        assertThat(ClosingSchedule.hasEnded(JANUARY, midnight, MOSCOW)).isTrue();
        assertThat(ClosingSchedule.hasEnded(YearMonth.of(2026, 2), midnight, MOSCOW)).as("the current month").isFalse();
    }

    @Test
    void theGraceIsNeverShorterThanTheLifeOfAHold() {
        assertThat(ClosingSchedule.of(Duration.ofHours(72), Duration.ofMinutes(30)).grace()).isEqualTo(Duration.ofHours(72));
        assertThat(ClosingSchedule.of(Duration.ZERO, Duration.ofMinutes(30)).grace()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withAHoldsLifeAsGraceAHoldOfTheLastMinuteIsCompletedBeforeItsMonthCloses() {
        ClosingSchedule schedule = ClosingSchedule.of(Duration.ZERO, Duration.ofMinutes(30));
        Instant authorised = ZonedDateTime.of(2026, 1, 31, 23, 59, 0, 0, MOSCOW).toInstant();
        Instant lastCompletion = authorised.plus(Duration.ofMinutes(30)).minusSeconds(1);

        assertThat(schedule.isDue(JANUARY, lastCompletion, MOSCOW)).isFalse();
    }

    private static Clock clockAt(ZonedDateTime time) {
        return Clock.fixed(time.toInstant(), time.getZone());
    }
}
