package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "1027700132195", // Sberbank
            "1027700229193", // Yandex
            "1027700070518", // Gazprom
            "1027700043502"  // Rosneft
    })
    void acceptsPublishedOgrns(String ogrn) {
        assertThat(Ogrn.of(ogrn)).hasToString(ogrn);
        assertThat(Ogrn.isValid(ogrn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132196", "1027700132295", "1027700229199"})
    void refusesAWrongCheckDigit(String ogrn) {
        assertRefused(() -> Ogrn.of(ogrn), Code.OGRN_CHECKSUM);
    }

    @Test
    void refusesAnOgrnipWhereAnOgrnIsExpected() {
        assertRefused(() -> Ogrn.of("304500116000157"), Code.OGRN_FORMAT);
    }

    @Test
    void refusesAFirstDigitOtherThanOneOrFive() {
        // 3 marks an OGRNIP record, 2 a later change record (ГРН): neither is an OGRN, whatever the check digit.
        assertRefused(() -> Ogrn.of("3027700132195"), Code.OGRN_FORMAT);
        assertRefused(() -> Ogrn.of("2027700132195"), Code.OGRN_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "102770013219", "10277001321955", "10277OO132195", "1027700132195 "})
    void refusesWrongLengthsAndNonDigits(String ogrn) {
        assertRefused(() -> Ogrn.of(ogrn), Code.OGRN_FORMAT);
        assertThat(Ogrn.isValid(ogrn)).isFalse();
    }

    @Test
    void theCheckDigitCannotTellRemainderZeroFromRemainderTen() {
        // Both are valid and differ in one digit: remainders 0 and 10 both give check digit 0.
        // A known limit of the registry's algorithm, not of this implementation.
        assertThat(Ogrn.isValid("1000000000010")).isTrue();
        assertThat(Ogrn.isValid("1010000000010")).isTrue();
    }
}
