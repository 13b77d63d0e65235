package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.cards.entity.InvalidCardIdentifierException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolContractNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "00000001", "99999999"})
    void acceptsExactlyEightDigits(String number) {
        assertThat(SchoolContractNumber.of(number)).hasToString(number);
        assertThat(SchoolContractNumber.isValid(number)).isTrue();
    }

    @Test
    void keepsLeadingZeros() {
        assertThat(SchoolContractNumber.of("00012345").value()).isEqualTo("00012345");
        assertThat(SchoolContractNumber.of("00012345")).isNotEqualTo(SchoolContractNumber.of("12345000"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "        ", "1234567", "123456789", "1234567A", "1234 5678", "-1234567", " 12345678"})
    void refusesAnythingElse(String number) {
        assertRefused(() -> SchoolContractNumber.of(number), Code.CONTRACT_NUMBER_FORMAT);
        assertThat(SchoolContractNumber.isValid(number)).isFalse();
    }
}
