package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CardNumberLuhnPropertiesTest {

    @Property
    void generatedNumbersAlwaysPassLuhn(@ForAll("bins") String bin,
                                        @ForAll @LongRange(min = 0, max = 9_999_999) long sequence) {
        CardNumber pan = CardNumber.generate(bin, sequence);

        assertThat(CardNumber.isValid(pan.digits())).isTrue();
        assertThat(pan.digits()).hasSize(16).startsWith(bin);
        assertThat(pan.digits()).isEqualTo(CardNumber.of(pan.digits()).digits());
    }

    @Property
    void anySingleDigitChangeBreaksLuhn(@ForAll("bins") String bin,
                                        @ForAll @LongRange(min = 0, max = 9_999_999) long sequence,
                                        @ForAll @IntRange(min = 0, max = 15) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        String digits = CardNumber.generate(bin, sequence).digits();
        char replaced = (char) ('0' + (digits.charAt(position) - '0' + shift) % 10);
        String changed = digits.substring(0, position) + replaced + digits.substring(position + 1);

        assertThat(CardNumber.isValid(changed)).isFalse();
    }

    @Property
    void swappingTwoDifferentAdjacentDigitsIsCaughtExceptNineAndZero(
            @ForAll("bins") String bin, @ForAll @LongRange(min = 0, max = 9_999_999) long sequence,
            @ForAll @IntRange(min = 0, max = 14) int position) {
        String digits = CardNumber.generate(bin, sequence).digits();
        char left = digits.charAt(position);
        char right = digits.charAt(position + 1);
        String swapped = digits.substring(0, position) + right + left + digits.substring(position + 2);
        boolean undetectableByLuhn = left == right || (left == '0' && right == '9') || (left == '9' && right == '0');

        assertThat(CardNumber.isValid(swapped)).isEqualTo(undetectableByLuhn);
    }

    @Property
    void maskedFormKeepsOnlyTheFirstSixAndLastFour(@ForAll("bins") String bin,
                                                    @ForAll @LongRange(min = 0, max = 9_999_999) long sequence) {
        CardNumber pan = CardNumber.generate(bin, sequence);

        assertThat(pan.toString())
                .isEqualTo(pan.masked())
                .hasSize(16)
                .startsWith(pan.bin())
                .endsWith(pan.last4())
                .contains("******");
    }

    @Provide
    Arbitrary<String> bins() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(6),
                Arbitraries.strings().numeric().ofLength(8));
    }
}
