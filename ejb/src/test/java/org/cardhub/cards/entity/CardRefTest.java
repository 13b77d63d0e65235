package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardRefTest {

    @Test
    void eightDigitsAreASchoolContractNumber() {
        assertThat(CardRef.parse("00012345")).isEqualTo(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, "00012345"));
    }

    @Test
    void thirteenDigitsAreABarcode() {
        assertThat(CardRef.parse("4006381333931")).isEqualTo(new CardRef(CardRef.Kind.BARCODE, "4006381333931"));
    }

    @Test
    void aBarcodeMustPassTheEanCheck() {
        assertRefused(() -> CardRef.parse("4006381333932"), InvalidCardIdentifierException.Code.BARCODE_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "70059900000000012", "4222222222222222224"})
    void sixteenToNineteenDigitsAreACardNumber(String pan) {
        assertThat(CardRef.parse(pan)).isEqualTo(new CardRef(CardRef.Kind.PAN, pan));
    }

    @Test
    void aCardNumberMustPassTheLuhnCheckAndIsNotEchoedInFull() {
        assertThatThrownBy(() -> CardRef.parse("4111111111111112"))
                .isInstanceOfSatisfying(InvalidCardIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidCardIdentifierException.Code.PAN_CHECKSUM))
                .hasMessageNotContaining("4111111111111112");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1234567", "123456789", "400638133393", "40063813339310", "411111111111111",
            "41111111111111111111"})
    void digitsOfNoKnownLengthAreRefused(String digits) {
        assertThatThrownBy(() -> CardRef.parse(digits)).isInstanceOf(InvalidCardIdentifierException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ABCDEFGH", "4111-1111-1111-1111", "4111 1111 1111 1111", "0001234x", "-00012345",
            "１２３４５６７８" /* full-width digits */})
    void lettersBlanksAndSeparatorsAreNotACardReference(String text) {
        assertRefused(() -> CardRef.parse(text), InvalidCardIdentifierException.Code.REFERENCE_FORMAT);
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(CardRef.parse("  00012345 \n").value()).isEqualTo("00012345");
    }

    @Test
    void aCardNumberIsShownMasked() {
        CardRef ref = CardRef.parse("4111111111111111");

        assertThat(ref).hasToString("411111******1111");
        assertThat(ref.toString()).doesNotContain("4111111111111111");
    }

    @ParameterizedTest
    @CsvSource({"00012345, SCHOOL_CONTRACT:00012345", "4006381333931, BARCODE:4006381333931"})
    void otherReferencesAreShownAsTheyAre(String text, String shown) {
        assertThat(CardRef.parse(text)).hasToString(shown);
    }

    @Test
    void aCardCanBeNamedByItsId() {
        CardRef ref = CardRef.id(501);

        assertThat(ref.kind()).isEqualTo(CardRef.Kind.ID);
        assertThat(ref.value()).isEqualTo("501");
        assertThat(ref).hasToString("ID:501");
    }

    @Test
    void aReferenceNeedsAKindAndAValue() {
        assertRefused(() -> new CardRef(null, "501"), InvalidCardIdentifierException.Code.REFERENCE_FORMAT);
        assertRefused(() -> new CardRef(CardRef.Kind.ID, null), InvalidCardIdentifierException.Code.REFERENCE_FORMAT);
        assertRefused(() -> new CardRef(CardRef.Kind.ID, " "), InvalidCardIdentifierException.Code.REFERENCE_FORMAT);
    }
}
