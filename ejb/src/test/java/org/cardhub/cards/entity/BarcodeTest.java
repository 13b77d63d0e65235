package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.cards.entity.InvalidCardIdentifierException.Code;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931" /* the usual EAN-13 textbook example */, "4600682000013", "0000000000000"})
    void acceptsThirteenDigitsWithTheEan13CheckDigit(String barcode) {
        assertThat(Barcode.of(barcode)).hasToString(barcode);
        assertThat(Barcode.isValid(barcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "4006381333930", "5006381333931"})
    void refusesAWrongCheckDigit(String barcode) {
        assertRefused(() -> Barcode.of(barcode), Code.BARCODE_CHECKSUM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "400638133393", "40063813339310", "400638133393A", " 4006381333931"})
    void refusesWrongLengthsAndNonDigits(String barcode) {
        assertRefused(() -> Barcode.of(barcode), Code.BARCODE_FORMAT);
        assertThat(Barcode.isValid(barcode)).isFalse();
    }
}
