package org.cardhub.webhooks.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.ledger.entity.EntryKind;

import java.util.Arrays;
import java.util.Optional;

/** What a partner may be told of, by the name partners subscribe with and receive as {@code type}. */
public enum WebhookEventType {
    CARD_BLOCKED("card.blocked"),
    CARD_UNBLOCKED("card.unblocked"),
    CARD_REISSUED("card.reissued"),
    TRANSACTION_POSTED("transaction.posted"),
    TOPUP_CREDITED("topup.credited");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /** The event a card's change of status is, if partners are told of it: a block, or the lifting of one. */
    public static Optional<WebhookEventType> ofStatusChange(CardStatus previous, CardStatus now) {
        if (now == CardStatus.BLOCKED && previous != CardStatus.BLOCKED) {
            return Optional.of(CARD_BLOCKED);
        }
        if (previous == CardStatus.BLOCKED && now == CardStatus.ACTIVE) {
            return Optional.of(CARD_UNBLOCKED);
        }
        return Optional.empty();
    }

    /**
     * The event a booked entry is: a top-up (by a partner, a bank card or an auto top-up) is credited; a reissue's move
     * of the balance is told as {@link #CARD_REISSUED} and not again; bonus points move no money and are not told;
     * anything else that moves money is posted.
     */
    public static Optional<WebhookEventType> ofEntry(EntryKind kind) {
        return switch (kind) {
            case TOP_UP, AUTO_TOP_UP -> Optional.of(TOPUP_CREDITED);
            case REISSUE, BONUS_POINTS -> Optional.empty();
            case PURCHASE, COMPLETION, REVERSAL, TRANSFER, CORRECTION, PAYOUT -> Optional.of(TRANSACTION_POSTED);
        };
    }
}
