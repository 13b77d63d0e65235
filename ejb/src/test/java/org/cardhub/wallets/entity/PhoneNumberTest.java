package org.cardhub.wallets.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"8 900 123-45-67", "+7 (900) 123 45 67", "+79001234567", "89001234567", "79001234567",
            "9001234567", "8(900)1234567", " +7 900 123-45-67 ", "8 900 123 45 67", "+7\u00A0900\u00A01234567"})
    void theWaysPeopleWriteAMobileNumberComeToOneNormalForm(String written) {
        assertThat(PhoneNumber.parse(written).value()).isEqualTo("+79001234567");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "+7 495 123-45-67", "8 495 1234567", "+380 50 123 45 67", "+1 900 123 4567",
            "8 900 123-45-6", "8 900 123-45-678", "+8 900 123 45 67", "7 7 900 123 45 67", "8 900 12a-45-67",
            "٨٩٠٠١٢٣٤٥٦٧", "+79001234567+", "00079001234567", "+7 900 123 45 67 доб. 1"})
    void anythingButARussianMobileIsRefusedAsMalformed(String written) {
        assertThatThrownBy(() -> PhoneNumber.parse(written)).isInstanceOfSatisfying(PhoneCodeRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(PhoneCodeRefusal.Code.PHONE_INVALID));
    }

    @Test
    void aNumberIsOnlyEverHeldInItsNormalForm() {
        assertThatThrownBy(() -> new PhoneNumber("89001234567")).isInstanceOf(PhoneCodeRefusal.class);
        assertThat(new PhoneNumber("+79001234567")).isEqualTo(PhoneNumber.parse("8 900 123-45-67"));
    }

    @Test
    void aMaskedNumberShowsOnlyTheOperatorCodeAndTheLastTwoDigits() {
        assertThat(PhoneNumber.parse("8 900 123-45-67").masked()).isEqualTo("+7 900 ***-**-67");
    }
}
