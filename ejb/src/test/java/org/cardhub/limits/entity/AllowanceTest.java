package org.cardhub.limits.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AllowanceTest {

    private static final Usage SPENT_1500_AND_30_LITRES = new Usage(1_500_00, 30_000, 2);

    private static Allowance.Counted card(LimitMeasure measure, LimitPeriod period, long value, Usage used, String... only) {
        return new Allowance.Counted(null, measure, period, value, Set.of(only), false, used);
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void theDailyLimitLessTodaysSpendingIsWhatIsLeftWhenTheBalanceIsLarger() {
        Allowance allowance = Allowance.of(rub("50000.00"), List.of(
                card(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000_00, SPENT_1500_AND_30_LITRES),
                card(LimitMeasure.VOLUME, LimitPeriod.DAY, 150_000, SPENT_1500_AND_30_LITRES, "FUEL")));

        assertThat(allowance.money()).contains(rub("8500.00"));
        assertThat(allowance.litres()).contains(Amount.parse("120.000", Currency.LITRE));
        assertThat(allowance.purchases()).isEmpty();
    }

    @Test
    void theLeastOfDayWeekMonthAndThePurchaseLimitCapsAndTheBalanceCapsThemAll() {
        Usage week = new Usage(18_000_00, 0, 9);
        List<Allowance.Counted> limits = List.of(
                card(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000_00, SPENT_1500_AND_30_LITRES),
                card(LimitMeasure.MONEY, LimitPeriod.WEEK, 20_000_00, week),
                card(LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 5_000_00, SPENT_1500_AND_30_LITRES),
                new Allowance.Counted(7L, LimitMeasure.MONEY, LimitPeriod.MONTH, 100_000_00, Set.of(), true, new Usage(99_000_00, 0, 50)));

        assertThat(Allowance.of(rub("50000.00"), limits).money()).as("the contract's month leaves 1 000").contains(rub("1000.00"));
        assertThat(Allowance.of(rub("700.00"), limits).money()).as("the balance is less").contains(rub("700.00"));
        assertThat(Allowance.of(rub("50000.00"), limits.subList(0, 3)).money()).as("the week leaves 2 000").contains(rub("2000.00"));
        assertThat(Allowance.of(rub("50000.00"), limits.subList(0, 1)).limits().get(0).leftAmount()).isEqualTo(rub("8500.00"));
        assertThat(Allowance.of(rub("50000.00"), List.of(limits.get(2))).money()).as("one purchase at most").contains(rub("5000.00"));
        assertThat(Allowance.of(rub("50000.00"), limits).of(7L)).hasValueSatisfying(month -> {
            assertThat(month.ofContract()).isTrue();
            assertThat(month.leftAmount()).isEqualTo(rub("1000.00"));
        });
    }

    @Test
    void aLimitSpentBeyondItsValueLeavesNothingNotLessThanNothing() {
        Allowance allowance = Allowance.of(rub("-20.00"), List.of(
                card(LimitMeasure.MONEY, LimitPeriod.DAY, 1_000_00, new Usage(1_200_00, 0, 1)),
                card(LimitMeasure.COUNT, LimitPeriod.DAY, 2, new Usage(0, 0, 3))));

        assertThat(allowance.money()).contains(rub("0.00"));
        assertThat(allowance.purchases()).contains(0L);
        assertThat(allowance.limits()).extracting(Allowance.Headroom::left).containsExactly(0L, 0L);
    }

    @Test
    void withoutLimitsOnlyTheBalanceCapsMoneyAndNothingCapsLitres() {
        Allowance allowance = Allowance.of(rub("3200.50"), List.of());

        assertThat(allowance.money()).contains(rub("3200.50"));
        assertThat(allowance.litres()).isEmpty();
        assertThat(Allowance.of(null, List.of()).money()).isEmpty();
    }

    @Test
    void aLimitForSomeProductsIsListedButCapsOnlyWhatItCounts() {
        Allowance allowance = Allowance.of(rub("50000.00"), List.of(
                card(LimitMeasure.MONEY, LimitPeriod.DAY, 300_00, Usage.none(), "CAR_WASH"),
                card(LimitMeasure.VOLUME, LimitPeriod.DAY, 50_000, Usage.none(), "DT")));

        assertThat(allowance.money()).as("car wash only: fuel may still take the balance").contains(rub("50000.00"));
        assertThat(allowance.litres()).as("diesel only: other grades are not capped").isEmpty();
        assertThat(allowance.limits()).extracting(Allowance.Headroom::leftAmount)
                .containsExactly(rub("300.00"), Amount.parse("50.000", Currency.LITRE));
    }
}
