package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.money.Currency.LITRE;
import static org.cardhub.money.Currency.POINTS;
import static org.cardhub.money.Currency.RUB;

import java.math.BigDecimal;
import org.cardhub.money.InvalidAmountException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParseTest {

    @Test
    void parsesRoublesWithKopecks() {
        Amount amount = Amount.parse("1500.00", RUB);

        assertThat(amount.minorUnits()).isEqualTo(150_000);
        assertThat(amount.currency()).isEqualTo(RUB);
        assertThat(amount.toPlainString()).isEqualTo("1500.00");
    }

    @Test
    void parsesLitresWithMillilitres() {
        assertThat(Amount.parse("40.000", LITRE).minorUnits()).isEqualTo(40_000);
        assertThat(Amount.parse("0.001", LITRE).minorUnits()).isEqualTo(1);
    }

    @Test
    void acceptsFewerDecimalsThanTheScaleAndPadsThemOnOutput() {
        assertThat(Amount.parse("7", RUB).toPlainString()).isEqualTo("7.00");
        assertThat(Amount.parse("7.5", RUB).toPlainString()).isEqualTo("7.50");
        assertThat(Amount.parse("12.3", LITRE).toPlainString()).isEqualTo("12.300");
        assertThat(Amount.parse("0.01", POINTS).minorUnits()).isEqualTo(1);
    }

    @Test
    void parsesNegativeAmountsForCorrections() {
        Amount amount = Amount.parse("-3.50", RUB);

        assertThat(amount.minorUnits()).isEqualTo(-350);
        assertThat(amount.isNegative()).isTrue();
        assertThat(amount.toPlainString()).isEqualTo("-3.50");
    }

    @Test
    void negativeZeroIsJustZero() {
        assertThat(Amount.parse("-0.00", RUB)).isEqualTo(Amount.zero(RUB));
        assertThat(Amount.parse("-0.00", RUB).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void equalValuesWrittenDifferentlyAreEqualAmounts() {
        assertThat(Amount.parse("1500", RUB)).isEqualTo(Amount.parse("1500.00", RUB));
        assertThat(Amount.parse("001.5", RUB)).isEqualTo(Amount.parse("1.50", RUB));
    }

    @Test
    void sameNumberInDifferentCurrenciesIsNotEqual() {
        assertThat(Amount.parse("1.00", RUB)).isNotEqualTo(Amount.parse("1.00", POINTS));
    }

    @Test
    void refusesMoreDecimalsThanTheScaleEvenTrailingZeros() {
        assertCode(() -> Amount.parse("10.001", RUB), Code.AMOUNT_SCALE);
        assertCode(() -> Amount.parse("10.000", RUB), Code.AMOUNT_SCALE);
        assertCode(() -> Amount.parse("40.0001", LITRE), Code.AMOUNT_SCALE);
        assertCode(() -> Amount.parse("0.005", POINTS), Code.AMOUNT_SCALE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "abc", "1e3", "1E3", "1.5e2", "+10.00", "10,00", "1 500.00",
            " 10.00", "10.00 ", ".5", "5.", "--5", "-", "0x10", "NaN", "Infinity", "١٢", "1_000", "10.00RUB"})
    void refusesAnythingButAPlainDecimal(String input) {
        assertCode(() -> Amount.parse(input, RUB), Code.AMOUNT_FORMAT);
    }

    @Test
    void acceptsTheMaximumAndRefusesOneKopeckMore() {
        assertThat(Amount.parse("1000000000000.00", RUB).minorUnits()).isEqualTo(100_000_000_000_000L);
        assertThat(Amount.parse("-1000000000000", RUB).isNegative()).isTrue();

        assertCode(() -> Amount.parse("1000000000000.01", RUB), Code.AMOUNT_TOO_LARGE);
        assertCode(() -> Amount.parse("-1000000000000.01", RUB), Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void refusesNumbersBeyondLongWithoutWrapping() {
        assertCode(() -> Amount.parse("92233720368547758.08", RUB), Code.AMOUNT_TOO_LARGE);
        assertCode(() -> Amount.parse("123456789012345678901234567890", LITRE), Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void refusesMinorUnitsBeyondTheMaximum() {
        assertCode(() -> Amount.ofMinorUnits(Long.MAX_VALUE, RUB), Code.AMOUNT_TOO_LARGE);
        assertCode(() -> Amount.ofMinorUnits(Long.MIN_VALUE, RUB), Code.AMOUNT_TOO_LARGE);
        assertCode(() -> Amount.ofMinorUnits(1_000_000_000_000_001L, LITRE), Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void positiveAcceptsAnythingAboveZero() {
        assertThat(Amount.positive("0.01", RUB).minorUnits()).isEqualTo(1);
        assertThat(Amount.positive("0.001", LITRE).minorUnits()).isEqualTo(1);
        assertThat(Amount.positive(500, RUB).toPlainString()).isEqualTo("5.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.00", "-0.01", "-1500.00"})
    void positiveRefusesZeroAndNegatives(String input) {
        assertCode(() -> Amount.positive(input, RUB), Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void positiveFromMinorUnitsRefusesZeroAndNegatives() {
        assertCode(() -> Amount.positive(0, RUB), Code.AMOUNT_NOT_POSITIVE);
        assertCode(() -> Amount.positive(-1, LITRE), Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void positiveStillChecksFormatAndScaleFirst() {
        assertCode(() -> Amount.positive("1e3", RUB), Code.AMOUNT_FORMAT);
        assertCode(() -> Amount.positive(null, RUB), Code.AMOUNT_FORMAT);
        assertCode(() -> Amount.positive("1.001", RUB), Code.AMOUNT_SCALE);
    }

    @Test
    void plainStringNeverUsesExponentNotation() {
        assertThat(Amount.parse("1000000000000", RUB).toPlainString()).isEqualTo("1000000000000.00");
        assertThat(Amount.ofMinorUnits(1, LITRE).toPlainString()).isEqualTo("0.001");
        assertThat(Amount.ofMinorUnits(-1, RUB).toPlainString()).isEqualTo("-0.01");
    }

    @Test
    void bigDecimalCarriesExactlyTheCurrencyScale() {
        assertThat(Amount.parse("40", LITRE).toBigDecimal()).isEqualTo(new BigDecimal("40.000"));
    }

    @Test
    void toStringNamesTheCurrency() {
        assertThat(Amount.parse("1500", RUB)).hasToString("1500.00 RUB");
        assertThat(Amount.parse("40", LITRE)).hasToString("40.000 LITRE");
    }

    static void assertCode(Runnable action, Code code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(InvalidAmountException.class)
                .satisfies(e -> assertThat(((InvalidAmountException) e).code()).isEqualTo(code));
    }
}
