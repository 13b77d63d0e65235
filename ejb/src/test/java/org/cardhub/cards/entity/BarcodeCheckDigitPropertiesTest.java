package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class BarcodeCheckDigitPropertiesTest {

    @Property
    void everyTwelveDigitPayloadHasExactlyOneValidCheckDigit(@ForAll @NumericChars @StringLength(12) String payload) {
        assertThat(IntStream.range(0, 10).filter(d -> Barcode.isValid(payload + d)).count()).isEqualTo(1);
    }

    @Property
    void anySingleDigitChangeIsRejected(@ForAll @NumericChars @StringLength(12) String payload,
                                        @ForAll @IntRange(min = 0, max = 12) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = IntStream.range(0, 10).mapToObj(d -> payload + d).filter(Barcode::isValid).findFirst().orElseThrow();
        char replaced = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
        String changed = valid.substring(0, position) + replaced + valid.substring(position + 1);

        assertThat(Barcode.isValid(changed)).isFalse();
    }
}
