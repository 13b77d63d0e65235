package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_FORMAT;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_SCALE;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_TOO_LARGE;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_TOO_SMALL;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/** A top-up by bank card is 10 to 15 000 roubles, in kopecks at most, typed as people type amounts. */
class TopUpAmountTest {

    @ParameterizedTest(name = "\"{0}\" is {1} ₽")
    @CsvSource(delimiter = ';', value = {
            "10;10.00", "10,00;10.00", "1 000,50;1000.50", "1000.5;1000.50", "15 000;15000.00", "15000.00;15000.00",
            " 500 ;500.00", "1\u00a0500,25;1500.25"})
    void amountsInTheRangeAreTakenAsTyped(String typed, String amount) {
        assertThat(TopUpAmount.parse(typed)).isEqualTo(Amount.parse(amount, Currency.RUB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.99", "0", "0,01", "5"})
    void lessThanTenRoublesIsTooLittle(String typed) {
        assertRefused(() -> TopUpAmount.parse(typed), AMOUNT_TOO_SMALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15000.01", "15 001", "99999999", "2000000000000"})
    void moreThanFifteenThousandIsTooMuch(String typed) {
        assertRefused(() -> TopUpAmount.parse(typed), AMOUNT_TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.001", "10,555", "1000.000"})
    void moreThanTwoDecimalsIsRefusedEvenAsZeros(String typed) {
        assertRefused(() -> TopUpAmount.parse(typed), AMOUNT_SCALE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"сто", "-100", "+100", "1e3", "1,000.00", "100 ₽", "   "})
    void anythingElseIsNotAnAmount(String typed) {
        assertRefused(() -> TopUpAmount.parse(typed), AMOUNT_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0,00", "250"})
    void aThresholdMayBeZero(String typed) {
        assertThat(TopUpAmount.money(typed).isNegative()).isFalse();
    }
}
