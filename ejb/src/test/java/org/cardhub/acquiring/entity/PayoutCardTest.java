package org.cardhub.acquiring.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A payout's card number: 16 to 19 digits passing the Luhn check, kept and shown as its mask only. */
class PayoutCardTest {

    @ParameterizedTest
    @ValueSource(strings = {"5555555555554477", "4111 1111 1111 1111", "2200-0000-0000-0004", " 4000000000000002 ",
            "6011000990139424", "4000000000000000006", "22000000000000004"})
    void sixteenToNineteenDigitsPassingTheLuhnCheckAreACard(String typed) {
        assertThat(PayoutCard.of(typed).number()).matches("\\d{16,19}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"5555555555554478", "411111111111111", "41111111111111111111", "4111 1111 1111 111x",
            "４１１１１１１１１１１１１１１１", "0000000000000000a", "4111111111111111\n1"})
    void anythingElseIsRefusedWithoutRepeatingTheNumber(String typed) {
        assertThatThrownBy(() -> PayoutCard.of(typed)).isInstanceOfSatisfying(PayoutRefusal.class, refused -> {
            assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID);
            assertThat(refused.getMessage()).doesNotContain("5555555555554478").doesNotContain("411111111111111");
        });
    }

    @Test
    void theLuhnCheckDoublesEverySecondDigitFromTheRight() {
        assertThat(PayoutCard.passesLuhn("79927398713")).isTrue();
        assertThat(PayoutCard.passesLuhn("79927398710")).isFalse();
        assertThat(PayoutCard.passesLuhn("0000000000000000")).isTrue();
    }

    @Test
    void theMaskKeepsTheFirstSixAndTheLastFourDigits() {
        assertThat(PayoutCard.of("5555 5555 5555 4477").masked()).isEqualTo("555555******4477");
        assertThat(PayoutCard.of("4000000000000000006").masked()).isEqualTo("400000*********0006");
        assertThat(PayoutCard.of("5555555555554477")).hasToString("555555******4477");
        assertThat(PayoutCard.of("5555 5555 5555 4477")).isEqualTo(PayoutCard.of("5555555555554477"));
    }
}
