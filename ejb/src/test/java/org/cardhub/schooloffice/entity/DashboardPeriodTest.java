package org.cardhub.schooloffice.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods a director looks at: the presets as of the school's today, their own days, and what is refused. */
class DashboardPeriodTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Test
    void thePresetsEndTodayAndStartTodayOnMondayOrOnTheFirst() {
        assertThat(DashboardPeriod.of(PeriodPreset.TODAY, TODAY)).isEqualTo(new DashboardPeriod(TODAY, TODAY));
        assertThat(DashboardPeriod.of(PeriodPreset.WEEK, TODAY)).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 12, 7), TODAY));
        assertThat(DashboardPeriod.of(PeriodPreset.MONTH, TODAY)).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 12, 1), TODAY));
    }

    @Test
    void onAMondayThisWeekIsTodayAndOnTheFirstThisMonthIsToo() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        LocalDate first = LocalDate.of(2026, 12, 1);

        assertThat(DashboardPeriod.of(PeriodPreset.WEEK, monday).days()).containsExactly(monday);
        assertThat(DashboardPeriod.of(PeriodPreset.MONTH, first).days()).containsExactly(first);
        assertThat(DashboardPeriod.of(PeriodPreset.WEEK, monday).presetOn(monday)).as("today is the first to match")
                .isEqualTo(PeriodPreset.TODAY);
    }

    @Test
    void aPeriodKnowsWhichPresetItIsAndOwnDaysAreCustom() {
        assertThat(DashboardPeriod.of(PeriodPreset.WEEK, TODAY).presetOn(TODAY)).isEqualTo(PeriodPreset.WEEK);
        assertThat(DashboardPeriod.of(PeriodPreset.MONTH, TODAY).presetOn(TODAY)).isEqualTo(PeriodPreset.MONTH);
        assertThat(new DashboardPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).presetOn(TODAY))
                .isEqualTo(PeriodPreset.CUSTOM);
    }

    @Test
    void ownDaysEndAtTodayAtTheLatestAndAMissingStartIsTheFirstOfTheEndsMonth() {
        assertThat(DashboardPeriod.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), TODAY))
                .isEqualTo(new DashboardPeriod(LocalDate.of(2026, 12, 1), TODAY));
        assertThat(DashboardPeriod.between(null, LocalDate.of(2026, 11, 20), TODAY))
                .isEqualTo(new DashboardPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
        assertThat(DashboardPeriod.between(null, null, TODAY)).isEqualTo(DashboardPeriod.of(PeriodPreset.MONTH, TODAY));
    }

    @Test
    void aReversedAFutureOrTooLongPeriodIsRefusedWithItsCode() {
        assertThatThrownBy(() -> DashboardPeriod.between(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 4), TODAY))
                .isInstanceOfSatisfying(InvalidDashboardRequestException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidDashboardRequestException.Code.PERIOD_REVERSED));
        assertThatThrownBy(() -> DashboardPeriod.between(TODAY.plusDays(1), TODAY.plusDays(3), TODAY))
                .isInstanceOfSatisfying(InvalidDashboardRequestException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidDashboardRequestException.Code.PERIOD_IN_FUTURE));
        assertThatThrownBy(() -> DashboardPeriod.between(TODAY.minusDays(DashboardPeriod.LONGEST_DAYS), TODAY, TODAY))
                .isInstanceOfSatisfying(InvalidDashboardRequestException.class, refused -> assertThat(refused.code())
                        .isEqualTo(InvalidDashboardRequestException.Code.PERIOD_TOO_LONG));
        assertThat(DashboardPeriod.between(TODAY.minusDays(DashboardPeriod.LONGEST_DAYS - 1L), TODAY, TODAY).days())
                .hasSize(DashboardPeriod.LONGEST_DAYS);
    }

    @Test
    void theWindowIsTheSchoolsMidnightsInUtc() {
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
        var window = new DashboardPeriod(LocalDate.of(2026, 12, 1), TODAY).window(vladivostok);

        assertThat(window.start()).isEqualTo(ZonedDateTime.parse("2026-11-30T14:00Z").toInstant());
        assertThat(window.end()).isEqualTo(ZonedDateTime.parse("2026-12-10T14:00Z").toInstant());
    }
}
