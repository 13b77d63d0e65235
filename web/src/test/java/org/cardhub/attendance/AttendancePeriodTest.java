package org.cardhub.attendance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a register page's address shows, and where its «earlier» and «later» lead. */
class AttendancePeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    @Test
    void anAddressWithoutDatesOrWithBadOnesShowsThisSchoolWeek() {
        AttendancePeriod week = new AttendancePeriod(MONDAY, FRIDAY);

        assertThat(AttendancePeriod.of(null, null, WEDNESDAY)).isEqualTo(week);
        assertThat(AttendancePeriod.of("2026-13-01", "2026-12-11", WEDNESDAY)).isEqualTo(week);
        assertThat(AttendancePeriod.of("2026-12-11", "2026-12-07", WEDNESDAY)).as("reversed").isEqualTo(week);
        assertThat(AttendancePeriod.of("2026-01-01", "2026-12-31", WEDNESDAY)).as("a year").isEqualTo(week);
        assertThat(AttendancePeriod.of(null, null, LocalDate.of(2026, 12, 13))).as("on Sunday, the week just gone")
                .isEqualTo(week);
    }

    @Test
    void anAddressWithOneDateOrTwoShowsThatDayOrThatStretch() {
        assertThat(AttendancePeriod.of("2026-12-08", null, WEDNESDAY)).isEqualTo(AttendancePeriod.day(LocalDate.of(2026, 12, 8)));
        assertThat(AttendancePeriod.of("2026-12-08", "2026-12-08", WEDNESDAY).isDay()).isTrue();
        AttendancePeriod week = AttendancePeriod.of("2026-12-07", "2026-12-11", WEDNESDAY);
        assertThat(week.isWeek()).isTrue();
        assertThat(week.isDay()).isFalse();
        assertThat(AttendancePeriod.of("2026-12-01", "2026-12-31", WEDNESDAY).length()).isEqualTo(31);
    }

    @Test
    void aDayStepsToTheSchoolDayBeforeOrAfterOverTheWeekend() {
        assertThat(AttendancePeriod.day(MONDAY).previous()).isEqualTo(AttendancePeriod.day(LocalDate.of(2026, 12, 4)));
        assertThat(AttendancePeriod.day(FRIDAY).next()).isEqualTo(AttendancePeriod.day(LocalDate.of(2026, 12, 14)));
        assertThat(AttendancePeriod.day(WEDNESDAY).next()).isEqualTo(AttendancePeriod.day(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void aWeekStepsByAWeekAndAnyOtherStretchByItsLength() {
        AttendancePeriod week = AttendancePeriod.weekOf(WEDNESDAY);

        assertThat(week.previous()).isEqualTo(new AttendancePeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4)));
        assertThat(week.next()).isEqualTo(new AttendancePeriod(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 18)));
        assertThat(new AttendancePeriod(MONDAY, WEDNESDAY).next()).isEqualTo(new AttendancePeriod(LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 12)));
    }

    @Test
    void itReadsAsDatesPeopleWrite() {
        assertThat(AttendancePeriod.weekOf(WEDNESDAY).text()).isEqualTo("07.12.2026–11.12.2026");
        assertThat(AttendancePeriod.day(WEDNESDAY).text()).isEqualTo("09.12.2026");
    }

    @Test
    void aPeriodIsOneToThirtyOneDays() {
        assertThatThrownBy(() -> new AttendancePeriod(FRIDAY, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttendancePeriod(MONDAY, MONDAY.plusDays(31))).isInstanceOf(IllegalArgumentException.class);
    }
}
