package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidStockException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class NumberRangeTest {

    /** Serial 500 000 000 and 500 000 099 under BIN 700599, each with its Luhn check digit. */
    private static final String FIRST = CardNumber.generate("700599", 500_000_000L).digits();
    private static final String LAST = CardNumber.generate("700599", 500_000_099L).digits();

    @Test
    void aBatchIsTheSerialsFromTheFirstNumberToTheLastEachWithItsCheckDigit() {
        NumberRange range = NumberRange.of(FIRST, LAST);

        assertThat(range.bin()).isEqualTo("700599");
        assertThat(range.size()).isEqualTo(100);
        assertThat(range.first().digits()).isEqualTo(FIRST);
        assertThat(range.last().digits()).isEqualTo(LAST);
        assertThat(IntStream.range(0, 100).mapToObj(range::number).map(CardNumber::digits))
                .doesNotHaveDuplicates().allMatch(CardNumber::isValid).allMatch(digits -> digits.startsWith("7005995"));
        assertThat(range.number(1).digits()).startsWith("700599500000001");
        assertThat(range.toString()).doesNotContain(FIRST).contains("700599******").contains("(100)");
    }

    @Test
    void numbersMayBeTypedInGroups() {
        String grouped = FIRST.substring(0, 4) + " " + FIRST.substring(4, 8) + "\u00a0" + FIRST.substring(8, 12) + "-"
                + FIRST.substring(12);

        assertThat(NumberRange.of(grouped, FIRST).size()).isEqualTo(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"700599500000000", "70059950000000001", "7005995OOOOOOOO1"})
    void aNumberThatIsNotSixteenDigitsIsRefused(String typed) {
        assertRefused(() -> NumberRange.of(typed, LAST), Code.NUMBER_FORMAT);
        assertRefused(() -> NumberRange.of(FIRST, typed), Code.NUMBER_FORMAT);
    }

    @Test
    void aTypingErrorFailsTheLuhnCheck() {
        String wrongCheckDigit = FIRST.substring(0, 15) + (char) ('0' + (FIRST.charAt(15) - '0' + 1) % 10);

        assertRefused(() -> NumberRange.of(wrongCheckDigit, LAST), Code.NUMBER_CHECKSUM);
    }

    @Test
    void bothEndsAreOfOneBin() {
        String otherBin = CardNumber.generate("700600", 500_000_099L).digits();

        assertRefused(() -> NumberRange.of(FIRST, otherBin), Code.BIN_MISMATCH);
    }

    @Test
    void aRangeBackwardsTooLargeOrBelowTheStockIsRefused() {
        assertRefused(() -> NumberRange.of(LAST, FIRST), Code.RANGE_ORDER);
        assertRefused(() -> NumberRange.of(FIRST, CardNumber.generate("700599", 500_100_000L).digits()), Code.RANGE_TOO_LARGE);
        assertThat(NumberRange.of(FIRST, CardNumber.generate("700599", 500_099_999L).digits()).size())
                .isEqualTo(NumberRange.MAX_CARDS);
        assertRefused(() -> NumberRange.of(CardNumber.generate("700599", 499_999_999L).digits(), LAST),
                Code.RANGE_OUTSIDE_STOCK);
        assertRefused(() -> NumberRange.of("7005990000000010", "7005990000000028"), Code.RANGE_OUTSIDE_STOCK);
    }

    @Test
    void rangesOverlapWhenTheyShareOneNumberOfOneBin() {
        NumberRange range = new NumberRange("700599", 500_000_000L, 500_000_099L);

        assertThat(range.overlaps(new NumberRange("700599", 500_000_099L, 500_000_200L))).isTrue();
        assertThat(range.overlaps(new NumberRange("700599", 499_999_999L + 1, 500_000_000L))).isTrue();
        assertThat(range.overlaps(new NumberRange("700599", 500_000_010L, 500_000_020L))).as("inside").isTrue();
        assertThat(new NumberRange("700599", 500_000_010L, 500_000_020L).overlaps(range)).as("around").isTrue();
        assertThat(range.overlaps(new NumberRange("700599", 500_000_100L, 500_000_200L))).isFalse();
        assertThat(range.overlaps(new NumberRange("700600", 500_000_000L, 500_000_099L))).as("another BIN").isFalse();
    }
}
