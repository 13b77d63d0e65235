package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KppTest {

    @ParameterizedTest
    @ValueSource(strings = {"773601001" /* Sberbank */, "770601001", "7736AB001", "50010Z001"})
    void acceptsFourDigitsTwoDigitsOrCapitalLatinLettersThreeDigits(String kpp) {
        assertThat(Kpp.of(kpp).value()).isEqualTo(kpp);
        assertThat(Kpp.isValid(kpp)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "77360100", "7736010011", "7736ab001", "77360А001" /* Cyrillic А */, "A73601001",
            "7736010A1", "7736 01001", " 773601001"})
    void refusesEverythingElse(String kpp) {
        assertRefused(() -> Kpp.of(kpp), Code.KPP_FORMAT);
        assertThat(Kpp.isValid(kpp)).isFalse();
    }
}
