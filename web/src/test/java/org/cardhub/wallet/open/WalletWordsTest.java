package org.cardhub.wallet.open;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone however typed is shown in its one written form; a card number in groups of four. */
class WalletWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+79001234567|+7 900 123-45-67", "8 900 123-45-67|+7 900 123-45-67",
            "+7 (900) 123 45 67|+7 900 123-45-67", "9001234567|+7 900 123-45-67", "79001234567|+7 900 123-45-67",
            "' 8 495 123-45-67 '|8 495 123-45-67", "''|''"})
    void aPhoneIsShownInItsWrittenForm(String typed, String shown) {
        assertThat(WalletWords.phone(typed)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2200000012345678|2200 0000 1234 5678", "2200000012345678901|2200 0000 1234 5678 901",
            "1234|1234", "''|''"})
    void aCardNumberIsShownInGroupsOfFour(String digits, String shown) {
        assertThat(WalletWords.cardNumber(digits)).isEqualTo(shown);
    }
}
