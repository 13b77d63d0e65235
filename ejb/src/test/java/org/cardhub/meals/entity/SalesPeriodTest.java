package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A report's period: a day, a week from Monday, a month or any run of days up to a year, in the school's zone. */
class SalesPeriodTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);

    @Test
    void presetsAreADayTheWeekFromMondayAndTheMonth() {
        assertThat(SalesPeriod.day(THURSDAY)).isEqualTo(new SalesPeriod(THURSDAY, THURSDAY));
        assertThat(SalesPeriod.weekOf(THURSDAY)).isEqualTo(new SalesPeriod(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)));
        assertThat(SalesPeriod.month(YearMonth.of(2026, 12)).days()).isEqualTo(31);
        assertThat(SalesPeriod.weekOf(THURSDAY).eachDay()).hasSize(7).startsWith(LocalDate.of(2026, 12, 7));
    }

    @Test
    void itsDaysAreTheSchoolsFromTheFirstMidnightToTheLast() {
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
        SalesPeriod week = SalesPeriod.weekOf(THURSDAY);

        assertThat(week.start(vladivostok)).hasToString("2026-12-06T14:00:00Z");
        assertThat(week.end(vladivostok)).hasToString("2026-12-13T14:00:00Z");
    }

    @Test
    void aPeriodBackwardsOrLongerThanAYearOrWithoutADayIsRefused() {
        assertThat(catchThrowableOfType(() -> new SalesPeriod(THURSDAY, THURSDAY.minusDays(1)), InvalidSalesPeriodException.class)
                .code()).isEqualTo(InvalidSalesPeriodException.Code.PERIOD_REVERSED);
        assertThat(catchThrowableOfType(() -> new SalesPeriod(THURSDAY, THURSDAY.plusDays(366)), InvalidSalesPeriodException.class)
                .code()).isEqualTo(InvalidSalesPeriodException.Code.PERIOD_TOO_LONG);
        assertThat(new SalesPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)).days()).isEqualTo(366);
        assertThat(catchThrowableOfType(() -> new SalesPeriod(null, THURSDAY), InvalidSalesPeriodException.class).code())
                .isEqualTo(InvalidSalesPeriodException.Code.PERIOD_MISSING);
    }

    @Test
    void theAverageCheckIsTheRevenuePerMealHalfUp() {
        assertThat(new SalesFigures(42050, 5).averageCheck()).isEqualTo(Amount.ofMinorUnits(8410, Currency.RUB));
        assertThat(new SalesFigures(100, 3).averageCheck()).isEqualTo(Amount.ofMinorUnits(33, Currency.RUB));
        assertThat(new SalesFigures(200, 3).averageCheck()).isEqualTo(Amount.ofMinorUnits(67, Currency.RUB));
        assertThat(SalesFigures.NONE.averageCheck()).isEqualTo(Amount.zero(Currency.RUB));
        assertThat(new SalesFigures(100, 1).plus(new SalesFigures(50, 2))).isEqualTo(new SalesFigures(150, 3));
    }
}
