package org.cardhub.cards.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Why a card refuses to pay, or to have money moved on its purses, and the sentence it gives. */
class CardRefusalTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final LocalDate EXPIRES = LocalDate.of(2027, 12, 31);
    private static final LocalDate BEFORE_EXPIRY = EXPIRES.minusYears(1);

    /** A card brought to {@code status} through its own operations. */
    private static Card cardIn(CardStatus status) {
        Card card = new Card(100, CardNumber.of("4111111111111111"), "hash-1", "sealed-1", CardForm.PLASTIC,
                new Card.Holder(HolderKind.DRIVER, "Ivanov", null), EXPIRES, NOW);
        switch (status) {
            case ORDERED -> { }
            case ISSUED -> card.issue();
            case ACTIVE -> { card.issue(); card.activate(); }
            case BLOCKED -> { card.issue(); card.activate(); card.block(BlockReason.TEMPORARY); }
            case REISSUED -> { card.issue(); card.activate(); card.markReissued(); }
            case CLOSED -> card.close(false);
        }
        return card;
    }

    @Test
    void anActiveCardPaysUpToAndIncludingItsExpiryDay() {
        Card card = cardIn(CardStatus.ACTIVE);

        assertThat(card.refusalToPay(BEFORE_EXPIRY)).isEmpty();
        assertThat(card.refusalToPay(EXPIRES)).isEmpty();
    }

    @Test
    void anActiveCardRefusesToPayTheDayAfterItExpiresNamingTheDate() {
        assertThat(cardIn(CardStatus.ACTIVE).refusalToPay(EXPIRES.plusDays(1))).contains(new CardRefusal(
                CardRefusal.Reason.EXPIRED, "Card 411111******1111 expired on 2027-12-31"));
    }

    @ParameterizedTest
    @EnumSource(value = CardStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void aCardThatIsNotActiveRefusesToPayAsBlockedNamingItsStatus(CardStatus status) {
        assertThat(cardIn(status).refusalToPay(BEFORE_EXPIRY)).contains(new CardRefusal(
                CardRefusal.Reason.BLOCKED, "Card 411111******1111 is " + status.name().toLowerCase()));
    }

    @Test
    void aCardThatIsNotActiveIsRefusedForItsStatusBeforeItsExpiry() {
        assertThat(cardIn(CardStatus.BLOCKED).refusalToPay(EXPIRES.plusDays(1)).orElseThrow().reason())
                .isEqualTo(CardRefusal.Reason.BLOCKED);
    }

    @ParameterizedTest
    @EnumSource(value = CardStatus.class, names = {"CLOSED", "REISSUED"})
    void aClosedOrReplacedCardRefusesToHaveMoneyMovedAsBlocked(CardStatus status) {
        assertThat(cardIn(status).refusalToMoveMoney()).contains(new CardRefusal(
                CardRefusal.Reason.BLOCKED, "Card 411111******1111 is " + status.name().toLowerCase()));
    }

    @ParameterizedTest
    @EnumSource(value = CardStatus.class, names = {"CLOSED", "REISSUED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherCardHasMoneyMovedEvenWhenBlockedOrNotYetActive(CardStatus status) {
        assertThat(cardIn(status).refusalToMoveMoney()).isEmpty();
    }
}
