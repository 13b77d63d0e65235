package org.cardhub.school.entity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A school day is the day on the school's wall clock, whatever zone the server runs in. */
class DayWindowTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    @Test
    void aDayInVladivostokRunsFromTwoPmToTwoPmUtc() {
        DayWindow day = DayWindow.of(LocalDate.of(2026, 12, 7), VLADIVOSTOK);

        assertThat(day.start()).isEqualTo(Instant.parse("2026-12-06T14:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(day.contains(Instant.parse("2026-12-06T14:00:00Z"))).as("its first moment").isTrue();
        assertThat(day.contains(Instant.parse("2026-12-07T13:59:59Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2026-12-07T14:00:00Z"))).as("the next day's first moment").isFalse();
    }

    @Test
    void theSchoolsTodayIsAlreadyTomorrowWhileMoscowIsStillInTheEvening() {
        Clock eveningInMoscow = Clock.fixed(Instant.parse("2026-12-06T19:30:00Z"), ZoneOffset.UTC);

        assertThat(DayWindow.today(VLADIVOSTOK, eveningInMoscow)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DayWindow.today(ZoneId.of("Europe/Moscow"), eveningInMoscow)).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aDayWhenTheClocksGoForwardIsTwentyThreeHoursLong() {
        DayWindow day = DayWindow.of(LocalDate.of(2026, 3, 29), ZoneId.of("Europe/Berlin"));

        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aWindowCountsItsDaysAndCannotEndBeforeItBegins() {
        assertThat(new DayWindow(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), VLADIVOSTOK).days()).isEqualTo(7);
        assertThatThrownBy(() -> new DayWindow(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 5), VLADIVOSTOK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
