package org.cardhub.school.entity;

import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.Usage;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.school.entity.ChildMoveTest.rub;

class SpendableTodayTest {

    @Test
    void whatTheDailyLimitLeavesIsWhatCanStillBeSpent() {
        SpendableToday today = SpendableToday.of(allowance(daily(300_00, 180_00)), rub("1500"), rub("800"));

        assertThat(today.left()).isEqualTo(rub("120.00"));
        assertThat(today.daily()).isEqualTo(rub("300.00"));
        assertThat(today.onCard()).isEqualTo(rub("2300.00"));
        assertThat(today.limited()).isTrue();
    }

    @Test
    void butNoMoreThanBothPursesHoldTogether() {
        SpendableToday today = SpendableToday.of(allowance(daily(300_00, 0)), rub("40"), rub("60.50"));

        assertThat(today.left()).isEqualTo(rub("100.50"));
    }

    @Test
    void theTightestOfTheCardsAndTheSchoolsDailyLimitsCountsAndOnlyOneForEveryPurchase() {
        Allowance.Counted school = new Allowance.Counted(2L, LimitMeasure.MONEY, LimitPeriod.DAY, 500_00, Set.of(), true,
                new Usage(450_00, 0, 3));
        Allowance.Counted buffetOnly = new Allowance.Counted(3L, LimitMeasure.MONEY, LimitPeriod.DAY, 10_00, Set.of("BUFFET"),
                false, Usage.none());
        Allowance.Counted perPurchase = new Allowance.Counted(4L, LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 20_00, Set.of(),
                false, Usage.none());

        SpendableToday today = SpendableToday.of(allowance(daily(300_00, 100_00), school, buffetOnly, perPurchase),
                rub("1000"), rub("0"));

        assertThat(today.left()).isEqualTo(rub("50.00"));
        assertThat(today.daily()).isEqualTo(rub("500.00"));
    }

    @Test
    void withoutADailyLimitEverythingOnTheCardAndANegativePurseCountsAsNothing() {
        SpendableToday today = SpendableToday.of(allowance(), rub("-20"), rub("75"));

        assertThat(today.limited()).isFalse();
        assertThat(today.daily()).isNull();
        assertThat(today.left()).isEqualTo(rub("75.00"));
    }

    @Test
    void aDailyLimitUsedUpLeavesZero() {
        assertThat(SpendableToday.of(allowance(daily(300_00, 320_00)), rub("500"), rub("0")).left())
                .isEqualTo(Amount.zero(Currency.RUB));
    }

    private static Allowance.Counted daily(long value, long used) {
        return new Allowance.Counted(1L, LimitMeasure.MONEY, LimitPeriod.DAY, value, Set.of(), false, new Usage(used, 0, 1));
    }

    private static Allowance allowance(Allowance.Counted... limits) {
        return Allowance.of(rub("999"), List.of(limits));
    }
}
