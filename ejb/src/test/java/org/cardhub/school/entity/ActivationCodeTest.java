package org.cardhub.school.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.cardhub.secrets.KeyedHashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class ActivationCodeTest {

    private static final KeyedHashes KEY = KeyedHashes.fromBase64("A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=");

    private static String stored(String code) {
        return KEY.activationCodeHash(code);
    }

    private static boolean matches(String typed, String storedHash) {
        return ActivationCode.typed(typed).matches(storedHash, KEY::activationCodeHash);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-1004", "demo-1004", "  DEMO-1004 ", "Demo-1004"})
    void theCodeFromTheSchoolsLetterMatchesAsTypedWhateverTheCaseAndBlanksAround(String typed) {
        assertThat(matches(typed, stored("DEMO-1004"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-1005", "DEMO-100", "DEMO-10040", "EMO-1004"})
    void anyOtherCodeDoesNotMatch(String typed) {
        assertThat(matches(typed, stored("DEMO-1004"))).isFalse();
    }

    @Test
    void aCardWithoutACodeMatchesNoCode() {
        assertThat(matches("12345678", null)).isFalse();
        assertThat(matches("12345678", "")).isFalse();
    }

    @Test
    void theGeneratedEightDigitCodesAreCodesToo() {
        assertThat(matches("04211337", stored("04211337"))).isTrue();
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
    void theCodeItselfIsNoStoredHash() {
        assertThat(matches("DEMO-1004", "DEMO-1004")).isFalse();
        assertThat(stored("DEMO-1004")).matches("[0-9a-f]{64}")
                .isNotEqualTo(KeyedHashes.fromBase64("B7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=").activationCodeHash("DEMO-1004"))
                .as("apart from a card number's lookup hash of the same text").isNotEqualTo(KEY.lookupHash("DEMO-1004"));
    }

    @Test
    void neverShowsItselfInALog() {
        assertThat(ActivationCode.typed("DEMO-1004")).hasToString("ActivationCode[hidden]");
    }
}
