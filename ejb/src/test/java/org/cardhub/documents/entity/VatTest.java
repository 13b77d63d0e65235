package org.cardhub.documents.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VAT taken out of a gross amount at the month's rate, to the kopeck. */
class VatTest {

    @Test
    void twentyTwoPercentIsTwentyTwoHundredTwentySecondsOfTheGrossRoundedHalfUp() {
        Vat vat = new Vat(22);

        assertThat(vat.includedIn(rub("1000.00"))).isEqualTo(rub("180.33"));
        assertThat(vat.includedIn(rub("122.00"))).isEqualTo(rub("22.00"));
        assertThat(vat.includedIn(rub("0.06"))).as("0.0108 rounds to 0.01").isEqualTo(rub("0.01"));
        assertThat(vat.netOf(rub("1000.00"))).isEqualTo(rub("819.67"));
        assertThat(vat.label()).isEqualTo("22%");
    }

    @Test
    void twentyPercentBefore2026() {
        assertThat(new Vat(20).includedIn(rub("100.00"))).isEqualTo(rub("16.67"));
    }

    @Test
    void aNegativeAmountHasTheSameTaxTheOtherWay() {
        assertThat(new Vat(22).includedIn(rub("-1000.00"))).isEqualTo(rub("-180.33"));
    }

    @Test
    void onlyRoublesAndSensibleRates() {
        assertThatThrownBy(() -> new Vat(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vat(22).includedIn(Amount.ofMinorUnits(1000, Currency.LITRE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
