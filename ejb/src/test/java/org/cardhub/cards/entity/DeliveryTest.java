package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidCardOrderException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class DeliveryTest {

    @Test
    void aCourierTakesTheAddressOnOneLine() {
        Delivery delivery = Delivery.courier("  123456, Москва,\r\n ул. Ленина, д. 1\n  офис 5 ");

        assertThat(delivery.method()).isEqualTo(DeliveryMethod.COURIER);
        assertThat(delivery.address()).isEqualTo("123456, Москва, ул. Ленина, д. 1, офис 5");
        assertThat(delivery.officeCode()).isNull();
        assertThat(delivery.isNowhere()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n"})
    void aCourierWithoutAnAddressIsRefused(String address) {
        assertRefused(() -> Delivery.courier(address), Code.ADDRESS_REQUIRED);
    }

    @Test
    void anAddressOverFiveHundredCharactersOrWithControlCharactersIsRefused() {
        assertThat(Delivery.courier("а".repeat(500)).address()).hasSize(500);
        assertRefused(() -> Delivery.courier("а".repeat(501)), Code.ADDRESS_FORMAT);
        assertRefused(() -> Delivery.courier("Москва\u0007"), Code.ADDRESS_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aPickUpNeedsItsOffice(String office) {
        assertRefused(() -> Delivery.pickUp(office), Code.OFFICE_REQUIRED);
    }

    @Test
    void aPickUpNamesTheOfficeAndVirtualCardsTravelNowhere() {
        assertThat(Delivery.pickUp(" MSK-CENTER ")).extracting(Delivery::method, Delivery::officeCode, Delivery::address)
                .containsExactly(DeliveryMethod.PICKUP, "MSK-CENTER", null);
        assertThat(Delivery.nowhere().isNowhere()).isTrue();
        assertThat(Delivery.nowhere()).isEqualTo(Delivery.nowhere());
    }
}
