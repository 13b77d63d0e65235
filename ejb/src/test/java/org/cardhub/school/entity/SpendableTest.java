package org.cardhub.school.entity;

import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today one can still spend": the money on both purses, unless a limit over every purchase leaves less. */
class SpendableTest {

    @Test
    void aDailyLimitPartlyUsedLeavesItsRest() {
        Spendable spendable = Spendable.of(allowance(day(300_00, 50_00)), rub(1_500_00), rub(800_00));

        assertThat(spendable.left()).isEqualTo(rub(250_00));
        assertThat(spendable.limited()).isTrue();
        assertThat(spendable.dayLimit()).isEqualTo(rub(300_00));
    }

    @Test
    void lessMoneyOnTheCardThanTheLimitLeavesIsWhatCanBeSpent() {
        Spendable spendable = Spendable.of(allowance(day(300_00, 0)), rub(100_00), rub(20_00));

        assertThat(spendable.left()).isEqualTo(rub(120_00));
        assertThat(spendable.limited()).isFalse();
    }

    @Test
    void aPerPurchaseLimitAndALimitOnSomeProductsDoNotCapTheDay() {
        Allowance.Headroom perPurchase = new Allowance.Headroom(1L, LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 100_00,
                Set.of(), false, 100_00);
        Allowance.Headroom buffetOnly = new Allowance.Headroom(2L, LimitMeasure.MONEY, LimitPeriod.DAY, 50_00,
                Set.of("BUFFET"), false, 0);

        Spendable spendable = Spendable.of(allowance(perPurchase, buffetOnly), rub(400_00), null);

        assertThat(spendable.left()).isEqualTo(rub(400_00));
        assertThat(spendable.limited()).isFalse();
        assertThat(spendable.dayLimit()).isNull();
    }

    @Test
    void anOverdrawnPurseAddsNothing() {
        assertThat(Spendable.of(allowance(), rub(-10_00), rub(30_00)).left()).isEqualTo(rub(30_00));
    }

    private static Allowance.Headroom day(long value, long used) {
        return new Allowance.Headroom(1L, LimitMeasure.MONEY, LimitPeriod.DAY, value, Set.of(), false, value - used);
    }

    private static Allowance allowance(Allowance.Headroom... limits) {
        return new Allowance(rub(0), List.of(limits));
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
