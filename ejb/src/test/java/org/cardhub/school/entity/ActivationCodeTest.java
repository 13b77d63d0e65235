package org.cardhub.school.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class ActivationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-1004", "demo-1004", "  DEMO-1004 ", "Demo-1004"})
    void theCodeFromTheSchoolsLetterMatchesAsTypedWhateverTheCaseAndBlanksAround(String typed) {
        assertThat(ActivationCode.typed(typed).matches("DEMO-1004")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-1005", "DEMO-100", "DEMO-10040", "EMO-1004"})
    void anyOtherCodeDoesNotMatch(String typed) {
        assertThat(ActivationCode.typed(typed).matches("DEMO-1004")).isFalse();
    }

    @Test
    void aCardWithoutACodeMatchesNoCode() {
        assertThat(ActivationCode.typed("12345678").matches(null)).isFalse();
        assertThat(ActivationCode.typed("12345678").matches("")).isFalse();
    }

    @Test
    void theGeneratedEightDigitCodesAreCodesToo() {
        assertThat(ActivationCode.typed("04211337").matches("04211337")).isTrue();
        assertThat(ActivationCode.isValid("04211337")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "DEMO 1004", "DEMO_1004", "ДЕМО-1004", "'; DROP TABLE card; --",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void refusesWhatNoActivationCodeLooksLike(String typed) {
        assertRefused(() -> ActivationCode.typed(typed), LinkRefusal.Code.ACTIVATION_CODE_FORMAT);
        assertThat(ActivationCode.isValid(typed)).isFalse();
    }

    @Test
    void neverShowsItselfInALog() {
        assertThat(ActivationCode.typed("DEMO-1004")).hasToString("ActivationCode[hidden]");
    }
}
