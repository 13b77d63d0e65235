package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.cards.entity.InvalidCardIdentifierException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111111",     // well-known Visa test number, 16 digits
            "5555555555554444",     // well-known Mastercard test number
            "6011000990139424",     // well-known Discover test number
            "4222222222222222224",  // 19 digits, check digit computed
            "70059900000000012"     // 17 digits, check digit computed
    })
    void acceptsSixteenToNineteenDigitsPassingLuhn(String pan) {
        assertThat(CardNumber.of(pan).digits()).isEqualTo(pan);
        assertThat(CardNumber.isValid(pan)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "4111111111111121", "5555555555554445"})
    void refusesANumberFailingLuhn(String pan) {
        assertRefused(() -> CardNumber.of(pan), Code.PAN_CHECKSUM);
        assertThat(CardNumber.isValid(pan)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "411111111111111" /* 15 */, "41111111111111111111" /* 20 */, "4111 1111 1111 1111",
            "4111-1111-1111-1111", "411111111111111A", "abcdefghijklmnop", " 4111111111111111"})
    void refusesWrongLengthsAndNonDigits(String pan) {
        assertRefused(() -> CardNumber.of(pan), Code.PAN_FORMAT);
        assertThat(CardNumber.isValid(pan)).isFalse();
    }

    @Test
    void masksAllButTheFirstSixAndLastFourDigits() {
        CardNumber pan = CardNumber.generate("700599", 1);

        assertThat(pan.digits()).startsWith("700599").hasSize(16);
        assertThat(pan.masked()).isEqualTo("700599******" + pan.last4());
        assertThat(CardNumber.of("4222222222222222224").masked()).isEqualTo("422222*********2224");
    }

    @Test
    void toStringNeverRevealsTheFullNumber() {
        CardNumber pan = CardNumber.of("4111111111111111");

        assertThat(pan.toString()).isEqualTo("411111******1111").doesNotContain("4111111111111111");
        assertThat(String.valueOf(pan)).isEqualTo(pan.masked());
        assertThat("card " + pan).isEqualTo("card 411111******1111");
    }

    @Test
    void checksumRefusalDoesNotLeakTheNumberIntoTheMessage() {
        assertThatThrownBy(() -> CardNumber.of("4111111111111112"))
                .hasMessageNotContaining("4111111111111112")
                .hasMessageContaining("411111******1112");
    }

    @Test
    void knowsItsBinAndLastFour() {
        CardNumber pan = CardNumber.of("5555555555554444");

        assertThat(pan.bin()).isEqualTo("555555");
        assertThat(pan.last4()).isEqualTo("4444");
    }

    @Test
    void generatesFromBinAndSequenceWithTheLuhnDigit() {
        assertThat(CardNumber.generate("411111", 111111111).digits()).isEqualTo("4111111111111111");
        assertThat(CardNumber.generate("700599", 0).digits()).startsWith("700599000000000");
        assertThat(CardNumber.generate("70059901", 42).digits()).startsWith("700599010000042").hasSize(16);
    }

    @Test
    void generationRefusesABadBinOrASequenceThatDoesNotFit() {
        assertRefused(() -> CardNumber.generate(null, 1), Code.BIN_FORMAT);
        assertRefused(() -> CardNumber.generate("70059", 1), Code.BIN_FORMAT);
        assertRefused(() -> CardNumber.generate("7005991", 1), Code.BIN_FORMAT);
        assertRefused(() -> CardNumber.generate("70059A", 1), Code.BIN_FORMAT);
        assertRefused(() -> CardNumber.generate("700599", -1), Code.PAN_SEQUENCE);
        assertRefused(() -> CardNumber.generate("700599", 1_000_000_000L), Code.PAN_SEQUENCE);
        assertRefused(() -> CardNumber.generate("70059901", 10_000_000L), Code.PAN_SEQUENCE);
        assertThat(CardNumber.generate("700599", 999_999_999L).digits()).startsWith("700599999999999");
    }
}
