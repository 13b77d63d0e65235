package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.money.Currency.LITRE;
import static org.cardhub.money.Currency.POINTS;
import static org.cardhub.money.Currency.RUB;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.money.InvalidAmountException.Code;
import org.junit.jupiter.api.Test;

class AmountArithmeticTest {

    private static Amount rub(String value) {
        return Amount.parse(value, RUB);
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(rub("0.10").plus(rub("0.20"))).isEqualTo(rub("0.30"));
        assertThat(rub("100.00").minus(rub("0.01"))).isEqualTo(rub("99.99"));
        assertThat(rub("1.00").minus(rub("2.50"))).isEqualTo(rub("-1.50"));
    }

    @Test
    void negatesAndKnowsItsSign() {
        assertThat(rub("5.00").negate()).isEqualTo(rub("-5.00"));
        assertThat(rub("-5.00").negate()).isEqualTo(rub("5.00"));
        assertThat(Amount.zero(RUB).negate()).isEqualTo(Amount.zero(RUB));

        assertThat(Amount.zero(RUB).isZero()).isTrue();
        assertThat(Amount.zero(RUB).isNegative()).isFalse();
        assertThat(Amount.zero(RUB).isPositive()).isFalse();
        assertThat(rub("-0.01").isNegative()).isTrue();
        assertThat(rub("0.01").isPositive()).isTrue();
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(rub("10.00")).isGreaterThan(rub("9.99"));
        assertThat(rub("-1.00")).isLessThan(Amount.zero(RUB));
        assertThat(rub("10")).isEqualByComparingTo(rub("10.00"));
        assertThat(rub("10.00").isGreaterThan(rub("9.99"))).isTrue();
        assertThat(rub("9.99").isLessThan(rub("10.00"))).isTrue();
    }

    @Test
    void refusesToMixCurrenciesInAnyOperation() {
        Amount roubles = rub("10.00");
        Amount litres = Amount.parse("10.000", LITRE);
        Amount points = Amount.parse("10.00", POINTS);

        assertRefused(() -> roubles.plus(litres), Code.CURRENCY_MISMATCH);
        assertRefused(() -> roubles.minus(points), Code.CURRENCY_MISMATCH);
        assertRefused(() -> roubles.compareTo(points), Code.CURRENCY_MISMATCH);
        assertRefused(() -> litres.isGreaterThan(roubles), Code.CURRENCY_MISMATCH);
        assertThatThrownBy(() -> roubles.plus(points)).hasMessage("Cannot combine RUB with POINTS");
    }

    @Test
    void sumPastTheMaximumIsRefusedNotWrapped() {
        Amount max = Amount.ofMinorUnits(Amount.MAX_UNITS * 100, RUB);

        assertRefused(() -> max.plus(rub("0.01")), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> max.negate().minus(rub("0.01")), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> max.minus(max.negate()), Code.AMOUNT_TOO_LARGE);
        assertThat(max.plus(max.negate())).isEqualTo(Amount.zero(RUB));
    }

    @Test
    void isImmutable() {
        Amount original = rub("10.00");
        original.plus(rub("5.00"));
        original.negate();

        assertThat(original).isEqualTo(rub("10.00"));
    }
}
