package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class DiscountRateTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @ParameterizedTest(name = "{0} less {1} bp: {2} paid, {3} off")
    @CsvSource({
            "1500.00, 300, 1455.00, 45.00",
            "1234.56, 150, 1216.04, 18.52",   // 1216.0416 paid
            "1000.01, 250, 975.01, 25.00",    // 975.009750 paid, half up
            "0.50, 100, 0.50, 0.00",          // 0.495 paid: half up to 0.50, nothing off
            "0.30, 5000, 0.15, 0.15",
            "0.01, 5000, 0.01, 0.00",         // 0.005 paid: half up to a kopeck
            "500.00, 0, 500.00, 0.00",
            "593.00, 10000, 0.01, 592.99"     // never to nothing
    })
    void theAmountPaidIsRoundedHalfUpToTheKopeckAndThePriceIsItPlusTheDiscount(String price, int basisPoints,
                                                                                 String paid, String off) {
        DiscountedPrice priced = new DiscountRate(basisPoints, null).applyTo(rub(price));

        assertThat(priced.amount()).isEqualTo(rub(paid));
        assertThat(priced.discount()).isEqualTo(rub(off));
        assertThat(priced.price()).isEqualTo(rub(price));
        assertThat(priced.amount().plus(priced.discount())).isEqualTo(priced.price());
        assertThat(priced.basisPoints()).isEqualTo(basisPoints);
    }

    @Test
    void noRateTakesNothingOffAndNothingIsPricedAtNothing() {
        assertThat(DiscountRate.NONE.applyTo(rub("42.00")).isDiscounted()).isFalse();
        assertThat(DiscountRate.of(300).applyTo(rub("0.00")).amount()).isEqualTo(rub("0.00"));
        assertThat(DiscountRate.of(0)).isSameAs(DiscountRate.NONE);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001})
    void aRateIsZeroToTenThousandBasisPoints(int basisPoints) {
        assertRefused(() -> new DiscountRate(basisPoints, null), InvalidTariffException.Code.DISCOUNT_RANGE);
    }
}
