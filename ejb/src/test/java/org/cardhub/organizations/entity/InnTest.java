package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "7707083893", // Sberbank
            "7736207543", // Yandex
            "7736050003", // Gazprom
            "7706107510", // Rosneft
            "7708004767"  // Lukoil
    })
    void acceptsPublishedInnsOfOrganisations(String inn) {
        assertThat(Inn.of(inn).value()).isEqualTo(inn);
        assertThat(Inn.of(inn).isLegalEntity()).isTrue();
        assertThat(Inn.isValid(inn)).isTrue();
    }

    @Test
    void acceptsATwelveDigitInnOfAPersonWithBothCheckDigits() {
        Inn inn = Inn.of("500100732259");

        assertThat(inn.isLegalEntity()).isFalse();
        assertThat(inn).hasToString("500100732259");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "7707083883", "8707083893", "7736207544"})
    void refusesATenDigitInnWithAWrongCheckDigit(String inn) {
        assertRefused(() -> Inn.of(inn), Code.INN_CHECKSUM);
        assertThat(Inn.isValid(inn)).isFalse();
    }

    @Test
    void refusesATwelveDigitInnWhenEitherCheckDigitIsWrong() {
        assertRefused(() -> Inn.of("500100732269"), Code.INN_CHECKSUM); // first check digit 5 -> 6
        assertRefused(() -> Inn.of("500100732258"), Code.INN_CHECKSUM); // second check digit 9 -> 8
        assertRefused(() -> Inn.of("600100732259"), Code.INN_CHECKSUM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "          ", "77070838a3", "ABCDEFGHIJ", " 7707083893", "7707083893 ",
            "7707-083893", "+707083893", "７７０７０８３８９３"})
    void refusesAnythingButDigits(String inn) {
        assertRefused(() -> Inn.of(inn), Code.INN_FORMAT);
        assertThat(Inn.isValid(inn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "770708389", "77070838931", "5001007322591", "7707083893770708"})
    void refusesDigitStringsOfAnyOtherLength(String inn) {
        assertRefused(() -> Inn.of(inn), Code.INN_LENGTH);
    }

    @Test
    void equalsByValue() {
        assertThat(Inn.of("7707083893")).isEqualTo(new Inn("7707083893"));
    }
}
