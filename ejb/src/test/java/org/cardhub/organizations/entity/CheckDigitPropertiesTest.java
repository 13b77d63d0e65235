package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * INN and OGRN check digits are a remainder mod 11 (OGRNIP: mod 13) reduced mod 10, so remainder 10
 * and 0 share check digit 0 (OGRNIP: 10/0, 11/1, 12/2). A single changed digit is therefore caught
 * for certain only when the check digit is not one of those shared values; these properties state
 * exactly that, and the examples in {@link OgrnTest} show the blind spot.
 */
class CheckDigitPropertiesTest {

    @Property
    void everyTenDigitPayloadHasExactlyOneValidInnCheckDigit(@ForAll("digits9") String payload) {
        assertThat(validCompletions(payload, 1, Inn::isValid)).hasSize(1);
    }

    @Property
    void everyTwelveDigitPayloadHasExactlyOneValidPairOfInnCheckDigits(@ForAll("digits10") String payload) {
        List<String> valid = validCompletions(payload, 2, Inn::isValid);

        assertThat(valid).hasSize(1);
        assertThat(Inn.of(valid.get(0)).isLegalEntity()).isFalse();
    }

    @Property
    void everyOgrnPayloadHasExactlyOneValidCheckDigit(@ForAll("ogrnPayloads") String payload) {
        assertThat(validCompletions(payload, 1, Ogrn::isValid)).hasSize(1);
    }

    @Property
    void everyOgrnipPayloadHasExactlyOneValidCheckDigit(@ForAll("ogrnipPayloads") String payload) {
        assertThat(validCompletions(payload, 1, Ogrnip::isValid)).hasSize(1);
    }

    @Property
    void aValidTenDigitInnWithNonZeroCheckDigitRejectsAnySingleDigitChange(@ForAll("digits9") String payload) {
        String inn = validCompletions(payload, 1, Inn::isValid).get(0);
        Assume.that(!inn.endsWith("0"));

        assertThat(singleDigitChanges(inn)).noneMatch(Inn::isValid);
    }

    @Property
    void aValidTwelveDigitInnRejectsAnySingleDigitChangeUnlessBothCheckDigitsAreZero(
            @ForAll("digits10") String payload) {
        String inn = validCompletions(payload, 2, Inn::isValid).get(0);
        Assume.that(!inn.endsWith("00"));

        assertThat(singleDigitChanges(inn)).noneMatch(Inn::isValid);
    }

    @Property
    void aValidOgrnWithNonZeroCheckDigitRejectsAnySingleDigitChange(@ForAll("ogrnPayloads") String payload) {
        String ogrn = validCompletions(payload, 1, Ogrn::isValid).get(0);
        Assume.that(!ogrn.endsWith("0"));

        assertThat(singleDigitChanges(ogrn)).noneMatch(Ogrn::isValid);
    }

    @Property
    void aValidOgrnipWithCheckDigitAboveTwoRejectsAnySingleDigitChange(@ForAll("ogrnipPayloads") String payload) {
        String ogrnip = validCompletions(payload, 1, Ogrnip::isValid).get(0);
        Assume.that(ogrnip.charAt(14) > '2');

        assertThat(singleDigitChanges(ogrnip)).noneMatch(Ogrnip::isValid);
    }

    @Property
    void changingTheCheckDigitItselfIsAlwaysRejected(@ForAll("ogrnPayloads") String ogrnPayload,
                                                      @ForAll("digits9") String innPayload) {
        String ogrn = validCompletions(ogrnPayload, 1, Ogrn::isValid).get(0);
        String inn = validCompletions(innPayload, 1, Inn::isValid).get(0);

        assertThat(changesAt(ogrn, 12)).noneMatch(Ogrn::isValid);
        assertThat(changesAt(inn, 9)).noneMatch(Inn::isValid);
    }

    @Provide
    Arbitrary<String> digits9() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<String> digits10() {
        return Arbitraries.strings().numeric().ofLength(10);
    }

    @Provide
    Arbitrary<String> ogrnPayloads() {
        return Arbitraries.of("1", "5").flatMap(kind -> Arbitraries.strings().numeric().ofLength(11).map(kind::concat));
    }

    @Provide
    Arbitrary<String> ogrnipPayloads() {
        return Arbitraries.strings().numeric().ofLength(13).map("3"::concat);
    }

    private static List<String> validCompletions(String payload, int checkDigits, Predicate<String> isValid) {
        List<String> valid = new ArrayList<>();
        int combinations = checkDigits == 1 ? 10 : 100;
        for (int suffix = 0; suffix < combinations; suffix++) {
            String candidate = payload + String.format("%0" + checkDigits + "d", suffix);
            if (isValid.test(candidate)) {
                valid.add(candidate);
            }
        }
        return valid;
    }

    private static List<String> singleDigitChanges(String number) {
        List<String> changed = new ArrayList<>();
        for (int position = 0; position < number.length(); position++) {
            changed.addAll(changesAt(number, position));
        }
        return changed;
    }

    private static List<String> changesAt(String number, int position) {
        List<String> changed = new ArrayList<>();
        for (char digit = '0'; digit <= '9'; digit++) {
            if (digit != number.charAt(position)) {
                changed.add(number.substring(0, position) + digit + number.substring(position + 1));
            }
        }
        return changed;
    }
}
