package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the fleet's card table. */
public record CardRow(long id, String panMasked, HolderKind holderKind, String holder, CardStatus status,
                      BlockReason blockReason, LocalDate expiresOn) implements Serializable {

    public static CardRow of(Card card) {
        return new CardRow(card.id(), card.panMasked(), card.holderKind(), card.holderName(), card.status(),
                card.blockReason(), card.expiresOn());
    }

    /** Only a temporary block is lifted by the manager; a lost or stolen card is reissued. */
    public boolean mayBeUnblocked() {
        return status == CardStatus.BLOCKED && blockReason == BlockReason.TEMPORARY;
    }

    public boolean mayBeBlocked() {
        return status == CardStatus.ACTIVE;
    }
}
