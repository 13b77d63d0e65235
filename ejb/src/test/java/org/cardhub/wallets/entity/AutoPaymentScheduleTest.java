package org.cardhub.wallets.entity;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoPaymentScheduleTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void weeklyRunsOnTheNextSuchWeekdayStrictlyAfterTheDay() {
        assertThat(AutoPaymentSchedule.weekly(DayOfWeek.MONDAY).firstAfter(MONDAY)).isEqualTo(MONDAY.plusDays(7));
        assertThat(AutoPaymentSchedule.weekly(DayOfWeek.TUESDAY).firstAfter(MONDAY)).isEqualTo(MONDAY.plusDays(1));
        assertThat(AutoPaymentSchedule.weekly(DayOfWeek.SUNDAY).firstAfter(MONDAY)).isEqualTo(MONDAY.plusDays(6));
        assertThat(AutoPaymentSchedule.weekly(DayOfWeek.MONDAY).firstAfter(LocalDate.of(2026, 12, 31)))
                .as("across the year").isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void monthlyRunsOnItsDayOfThisMonthIfStillAheadElseOfTheNext() {
        assertThat(AutoPaymentSchedule.monthly(7).firstAfter(MONDAY)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(AutoPaymentSchedule.monthly(8).firstAfter(MONDAY)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(AutoPaymentSchedule.monthly(1).firstAfter(MONDAY)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(AutoPaymentSchedule.monthly(28).firstAfter(LocalDate.of(2027, 1, 28)))
                .as("February has a 28th").isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(AutoPaymentSchedule.monthly(15).firstAfter(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void aDayOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new AutoPaymentSchedule(AutoPaymentSchedule.Kind.MONTHLY, 29))
                .isInstanceOfSatisfying(WalletRefusal.class, refusal ->
                        assertThat(refusal.code()).isEqualTo(WalletRefusal.Code.SCHEDULE_INVALID));
        assertThatThrownBy(() -> new AutoPaymentSchedule(AutoPaymentSchedule.Kind.WEEKLY, 8)).isInstanceOf(WalletRefusal.class);
        assertThatThrownBy(() -> new AutoPaymentSchedule(AutoPaymentSchedule.Kind.WEEKLY, 0)).isInstanceOf(WalletRefusal.class);
        assertThatThrownBy(() -> new AutoPaymentSchedule(null, 1)).isInstanceOf(WalletRefusal.class);
    }
}
