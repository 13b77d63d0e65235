package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnipTest {

    @Test
    void acceptsAPublishedOgrnip() {
        assertThat(Ogrnip.of("304500116000157")).hasToString("304500116000157");
        assertThat(Ogrnip.isValid("304500116000157")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"304500116000158", "304500116000257", "314500116000157"})
    void refusesAWrongCheckDigit(String ogrnip) {
        assertRefused(() -> Ogrnip.of(ogrnip), Code.OGRNIP_CHECKSUM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "1027700132195", "30450011600015", "3045001160001577", "104500116000157",
            "30450011600O157"})
    void refusesWrongLengthsNonDigitsAndOtherRecordKinds(String ogrnip) {
        assertRefused(() -> Ogrnip.of(ogrnip), Code.OGRNIP_FORMAT);
        assertThat(Ogrnip.isValid(ogrnip)).isFalse();
    }
}
