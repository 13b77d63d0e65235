package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.money.Currency.LITRE;
import static org.cardhub.money.Currency.POINTS;
import static org.cardhub.money.Currency.RUB;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

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
        assertRefused(() -> Amount.parse("10.001", RUB), Code.AMOUNT_SCALE);
        assertRefused(() -> Amount.parse("10.000", RUB), Code.AMOUNT_SCALE);
        assertRefused(() -> Amount.parse("40.0001", LITRE), Code.AMOUNT_SCALE);
        assertRefused(() -> Amount.parse("0.005", POINTS), Code.AMOUNT_SCALE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "abc", "1e3", "1E3", "1.5e2", "+10.00", "10,00", "1 500.00",
            " 10.00", "10.00 ", ".5", "5.", "--5", "-", "0x10", "NaN", "Infinity", "١٢", "1_000", "10.00RUB"})
    void refusesAnythingButAPlainDecimal(String input) {
        assertRefused(() -> Amount.parse(input, RUB), Code.AMOUNT_FORMAT);
    }

    @Test
    void acceptsTheMaximumAndRefusesOneKopeckMore() {
        assertThat(Amount.parse("1000000000000.00", RUB).minorUnits()).isEqualTo(100_000_000_000_000L);
        assertThat(Amount.parse("-1000000000000", RUB).isNegative()).isTrue();

        assertRefused(() -> Amount.parse("1000000000000.01", RUB), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> Amount.parse("-1000000000000.01", RUB), Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void refusesNumbersBeyondLongWithoutWrapping() {
        assertRefused(() -> Amount.parse("92233720368547758.08", RUB), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> Amount.parse("123456789012345678901234567890", LITRE), Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void refusesMinorUnitsBeyondTheMaximum() {
        assertRefused(() -> Amount.ofMinorUnits(Long.MAX_VALUE, RUB), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> Amount.ofMinorUnits(Long.MIN_VALUE, RUB), Code.AMOUNT_TOO_LARGE);
        assertRefused(() -> Amount.ofMinorUnits(1_000_000_000_000_001L, LITRE), Code.AMOUNT_TOO_LARGE);
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
        assertRefused(() -> Amount.positive(input, RUB), Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void positiveFromMinorUnitsRefusesZeroAndNegatives() {
        assertRefused(() -> Amount.positive(0, RUB), Code.AMOUNT_NOT_POSITIVE);
        assertRefused(() -> Amount.positive(-1, LITRE), Code.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void positiveStillChecksFormatAndScaleFirst() {
        assertRefused(() -> Amount.positive("1e3", RUB), Code.AMOUNT_FORMAT);
        assertRefused(() -> Amount.positive(null, RUB), Code.AMOUNT_FORMAT);
        assertRefused(() -> Amount.positive("1.001", RUB), Code.AMOUNT_SCALE);
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
}
