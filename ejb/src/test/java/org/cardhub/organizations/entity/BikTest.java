package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BikTest {

    @ParameterizedTest
    @ValueSource(strings = {"044525225" /* Sberbank */, "044525187" /* VTB */, "044030653" /* Sberbank North-West */})
    void acceptsNineDigitsStartingWith04(String bik) {
        assertThat(Bik.of(bik)).hasToString(bik);
        assertThat(Bik.isValid(bik)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "04452522", "0445252250", "144525225", "004525988", "04452522A", " 044525225"})
    void refusesEverythingElse(String bik) {
        assertRefused(() -> Bik.of(bik), Code.BIK_FORMAT);
        assertThat(Bik.isValid(bik)).isFalse();
    }
}
