package org.cardhub.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.limits.entity.LimitPeriod.DAY;
import static org.cardhub.limits.entity.LimitPeriod.MONTH;
import static org.cardhub.limits.entity.LimitPeriod.TRANSACTION;
import static org.cardhub.limits.entity.LimitPeriod.WEEK;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitPeriodTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void dayRunsFromLocalMidnightToTheNextLocalMidnight() {
        PeriodWindow window = DAY.windowContaining(at("2024-05-01T13:45", MOSCOW), MOSCOW);

        assertThat(window.start()).isEqualTo(Instant.parse("2024-04-30T21:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2024-05-01T21:00:00Z"));
        assertThat(window.length()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theSameInstantFallsInDifferentLocalDaysInMoscowAndVladivostok() {
        Instant instant = Instant.parse("2024-05-01T20:00:00Z"); // 23:00 in Moscow, 06:00 next day in Vladivostok

        PeriodWindow moscowDay = DAY.windowContaining(instant, MOSCOW);
        PeriodWindow vladivostokDay = DAY.windowContaining(instant, VLADIVOSTOK);

        assertThat(moscowDay.start()).isEqualTo(at("2024-05-01T00:00", MOSCOW));
        assertThat(vladivostokDay.start()).isEqualTo(at("2024-05-02T00:00", VLADIVOSTOK));
        assertThat(vladivostokDay.start()).isEqualTo(Instant.parse("2024-05-01T14:00:00Z"));
        assertThat(moscowDay.contains(instant)).isTrue();
        assertThat(vladivostokDay.contains(instant)).isTrue();
        assertThat(moscowDay).isNotEqualTo(vladivostokDay);
    }

    @Test
    void windowIncludesItsStartAndExcludesItsEnd() {
        PeriodWindow window = DAY.windowContaining(at("2024-05-01T00:00", MOSCOW), MOSCOW);

        assertThat(window.start()).isEqualTo(at("2024-05-01T00:00", MOSCOW));
        assertThat(window.contains(window.start())).isTrue();
        assertThat(window.contains(window.end())).isFalse();
        assertThat(window.contains(window.end().minusNanos(1))).isTrue();
        assertThat(DAY.windowContaining(window.end(), MOSCOW).start()).isEqualTo(window.end());
    }

    @Test
    void berlinDayIs23HoursWhenClocksGoForwardAnd25WhenTheyGoBack() {
        assertThat(DAY.windowContaining(at("2024-03-31T12:00", BERLIN), BERLIN).length()).isEqualTo(Duration.ofHours(23));
        assertThat(DAY.windowContaining(at("2024-10-27T12:00", BERLIN), BERLIN).length()).isEqualTo(Duration.ofHours(25));
        assertThat(DAY.windowContaining(at("2024-10-28T12:00", BERLIN), BERLIN).length()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void berlinWeekAndMonthWithAClockChangeAreAnHourShortOrLong() {
        assertThat(WEEK.windowContaining(at("2024-03-27T12:00", BERLIN), BERLIN).length())
                .isEqualTo(Duration.ofDays(7).minusHours(1));
        assertThat(MONTH.windowContaining(at("2024-10-15T12:00", BERLIN), BERLIN).length())
                .isEqualTo(Duration.ofDays(31).plusHours(1));
    }

    @Test
    void moscowDayWas25HoursWhenRussiaLastMovedItsClocks() {
        assertThat(DAY.windowContaining(Instant.parse("2014-10-26T12:00:00Z"), MOSCOW).length())
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void dayStartsAtTheFirstValidInstantWhenMidnightDoesNotExist() {
        // São Paulo moved clocks forward at local midnight on 2018-11-04: the day began at 01:00.
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        PeriodWindow window = DAY.windowContaining(Instant.parse("2018-11-04T15:00:00Z"), saoPaulo);

        assertThat(window.start()).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        assertThat(window.length()).isEqualTo(Duration.ofHours(23));
    }

    @ParameterizedTest(name = "{0} is in the week starting {1}")
    @CsvSource({
            "2024-05-01T10:00, 2024-04-29T00:00", // Wednesday
            "2024-04-29T00:00, 2024-04-29T00:00", // Monday midnight starts the week
            "2024-05-05T23:59, 2024-04-29T00:00", // Sunday still belongs to it
            "2024-05-06T00:00, 2024-05-06T00:00", // next Monday starts a new one
            "2025-01-01T12:00, 2024-12-30T00:00"  // a week spanning New Year
    })
    void weekIsAnIsoWeekFromMondayToMonday(String local, String expectedStart) {
        PeriodWindow window = WEEK.windowContaining(at(local, MOSCOW), MOSCOW);

        assertThat(window.start()).isEqualTo(at(expectedStart, MOSCOW));
        assertThat(window.length()).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest(name = "{0} is in a month of {2} days starting {1}")
    @CsvSource({
            "2024-01-31T23:59, 2024-01-01T00:00, 31",
            "2023-02-28T12:00, 2023-02-01T00:00, 28",
            "2024-02-28T12:00, 2024-02-01T00:00, 29",
            "2024-02-29T23:59, 2024-02-01T00:00, 29",
            "2024-03-01T00:00, 2024-03-01T00:00, 31",
            "2024-04-30T18:00, 2024-04-01T00:00, 30",
            "2024-12-31T23:59, 2024-12-01T00:00, 31"
    })
    void monthIsTheCalendarMonthWhateverItsLength(String local, String expectedStart, int days) {
        PeriodWindow window = MONTH.windowContaining(at(local, MOSCOW), MOSCOW);

        assertThat(window.start()).isEqualTo(at(expectedStart, MOSCOW));
        assertThat(window.length()).isEqualTo(Duration.ofDays(days));
    }

    @Test
    void monthEndInVladivostokIsStillTheMonthBeforeInMoscow() {
        Instant instant = Instant.parse("2024-02-29T16:00:00Z"); // 19:00 Feb 29 Moscow, 02:00 Mar 1 Vladivostok

        assertThat(MONTH.windowContaining(instant, MOSCOW).start()).isEqualTo(at("2024-02-01T00:00", MOSCOW));
        assertThat(MONTH.windowContaining(instant, VLADIVOSTOK).start()).isEqualTo(at("2024-03-01T00:00", VLADIVOSTOK));
    }

    @Test
    void perTransactionLimitHasNoWindow() {
        assertThat(TRANSACTION.hasWindow()).isFalse();
        assertThat(DAY.hasWindow()).isTrue();
        assertThat(WEEK.hasWindow()).isTrue();
        assertThat(MONTH.hasWindow()).isTrue();
        assertThatThrownBy(() -> TRANSACTION.windowContaining(Instant.now(), MOSCOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void windowMustEndAfterItStarts() {
        Instant instant = Instant.parse("2024-05-01T00:00:00Z");

        assertThatThrownBy(() -> new PeriodWindow(instant, instant)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodWindow(instant, instant.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
