package org.cardhub.onboarding.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offer's hash is the SHA-256 of its exact text: a changed character is another text. */
class OfferTest {

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        assertThat(Offer.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Offer.of("1", "ru", "Оферта").sha256()).isEqualTo(Offer.sha256("Оферта")).hasSize(64);
    }

    @Test
    void aTextWithAnotherCharacterOrLineEndHasAnotherHash() {
        assertThat(Offer.sha256("Оферта\n")).isNotEqualTo(Offer.sha256("Оферта"));
        assertThat(Offer.sha256("Оферта\r\n")).isNotEqualTo(Offer.sha256("Оферта\n"));
    }

    @Test
    void anAcceptanceNamesTheVersionAndTheHashOfTheTextShown() {
        Offer offer = Offer.of("2026.1", "ru", "Оферта");

        assertThat(offer.isAcceptedBy("2026.1", Offer.sha256("Оферта"))).isTrue();
        assertThat(offer.isAcceptedBy("2026.2", Offer.sha256("Оферта"))).isFalse();
        assertThat(offer.isAcceptedBy("2026.1", Offer.sha256("Оферта!"))).isFalse();
    }

    @Test
    void anOfferCannotCarryAHashThatIsNotItsTexts() {
        assertThatThrownBy(() -> new Offer("2026.1", "ru", "Оферта", Offer.sha256("другая")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
