package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.Vehicle;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the fleet's card table: the card, what it is for (vehicle, plate, driver) and its group's name. */
public record CardRow(long id, String panMasked, HolderKind holderKind, String holder, CardStatus status,
                      BlockReason blockReason, LocalDate expiresOn, String vehicle, String plate, String driver,
                      Long groupId, String group) implements Serializable {

    public static CardRow of(Card card) {
        return of(card, null);
    }

    public static CardRow of(Card card, String groupName) {
        Vehicle vehicle = card.vehicle();
        return new CardRow(card.id(), card.panMasked(), card.holderKind(), card.holderName(), card.status(),
                card.blockReason(), card.expiresOn(), vehicle.model(), vehicle.plate(), vehicle.driver(), card.groupId(),
                groupName);
    }

    /** Only a temporary block is lifted by the manager; a lost or stolen card is reissued. */
    public boolean mayBeUnblocked() {
        return status == CardStatus.BLOCKED && blockReason == BlockReason.TEMPORARY;
    }

    public boolean mayBeBlocked() {
        return status == CardStatus.ACTIVE;
    }
}
