package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fee a programme charges on top of a bank-card top-up: a rate, a minimum, rounded half up to the kopeck, or none. */
class FeeTermsTest {

    /** «Лицей № 3» in the demo: 1.5 %, not less than 5 ₽. */
    private static final FeeTerms LYCEUM = new FeeTerms(150, rub("5.00"));

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @ParameterizedTest(name = "{0} ₽ costs {1} ₽ of fee, {2} ₽ in all")
    @CsvSource({
            "1000.00, 15.00, 1015.00",
            "15000.00, 225.00, 15225.00",
            "500.00, 7.50, 507.50",
            // 1.5 % of 333.33 is 4.99995: the minimum, 5 ₽
            "333.33, 5.00, 338.33",
            "10.00, 5.00, 15.00"})
    void theRateAppliesAboveTheMinimum(String amount, String fee, String total) {
        assertThat(LYCEUM.feeFor(rub(amount))).isEqualTo(rub(fee));
        assertThat(LYCEUM.chargeFor(rub(amount))).isEqualTo(rub(total));
    }

    @ParameterizedTest(name = "1.5 % of {0} ₽ is {1} ₽")
    @CsvSource({
            // 5.25015 → 5.25; 5.2503 → 5.25; 5.205 → 5.21 (half up); 5.2049… → 5.20
            "350.01, 5.25",
            "350.02, 5.25",
            "347.00, 5.21",
            "346.99, 5.20"})
    void theRateIsRoundedHalfUpToTheKopeck(String amount, String fee) {
        assertThat(LYCEUM.feeFor(rub(amount))).isEqualTo(rub(fee));
    }

    @Test
    void halfAKopeckIsRoundedUp() {
        FeeTerms half = new FeeTerms(50, Amount.zero(Currency.RUB));

        assertThat(half.feeFor(rub("101.00"))).as("0.5 % of 101 ₽ = 0.505 ₽").isEqualTo(rub("0.51"));
        assertThat(half.feeFor(rub("100.00"))).isEqualTo(rub("0.50"));
    }

    @Test
    void aMinimumAloneIsAFlatFee() {
        assertThat(new FeeTerms(0, rub("30.00")).feeFor(rub("2000.00"))).isEqualTo(rub("30.00"));
    }

    @Test
    void noFeeChargesNothingAndSaysSo() {
        assertThat(FeeTerms.NONE.isNone()).isTrue();
        assertThat(LYCEUM.isNone()).isFalse();
        assertThat(FeeTerms.NONE.feeFor(rub("1234.56"))).isEqualTo(Amount.zero(Currency.RUB));
        assertThat(FeeTerms.NONE.chargeFor(rub("1234.56"))).isEqualTo(rub("1234.56"));
    }

    @Test
    void aRateOutsideZeroToAHundredPercentOrANegativeMinimumIsNoFee() {
        assertThatThrownBy(() -> new FeeTerms(-1, Amount.zero(Currency.RUB))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeTerms(10_001, Amount.zero(Currency.RUB))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeTerms(100, rub("-1.00"))).isInstanceOf(IllegalArgumentException.class);
    }
}
