package org.cardhub.cards.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/** A plastic card issued from stock for an order exists but pays nowhere and is not activated before it is delivered. */
class CardDeliveryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aCardIssuedForDeliveryIsNotActivatedUntilItIsDelivered() {
        Card card = plastic();

        assertThat(card.issueForDelivery()).isEqualTo(CardStatus.ORDERED);
        assertThat(card.isAwaitingDelivery()).isTrue();
        assertRefused(card::activate, InvalidCardOperationException.Code.NOT_DELIVERED);
        assertThat(card.status()).isEqualTo(CardStatus.ISSUED);
        assertThat(card.refusalToPay(TODAY)).as("an issued card pays nowhere").isPresent();

        card.delivered();

        assertThat(card.activate()).isEqualTo(CardStatus.ISSUED);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.refusalToPay(TODAY)).isEmpty();
    }

    @Test
    void aCardIsIssuedForDeliveryOnlyOnce() {
        Card card = plastic();
        card.issueForDelivery();

        assertRefused(card::issueForDelivery, InvalidCardOperationException.Code.STATUS_TRANSITION);
    }

    @Test
    void aCardOrderedOtherwiseIsActivatedAsBefore() {
        Card card = plastic();
        card.issue();

        assertThat(card.isAwaitingDelivery()).isFalse();
        card.activate();
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    }

    private static Card plastic() {
        return new Card(1, CardNumber.generate("700599", 600_000_000L), "hash", "sealed", CardForm.PLASTIC,
                new Card.Holder(HolderKind.VEHICLE, "", null), LocalDate.of(2031, 3, 2), Instant.parse("2026-03-02T09:00:00Z"));
    }
}
