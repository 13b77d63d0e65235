package org.cardhub.bonus.entity;

import java.time.Instant;

/** A bonus card registered to a wallet, as its holder sees it. */
public record BonusCardView(String barcode, Instant registeredAt) {

    public static BonusCardView of(BonusCard card) {
        return new BonusCardView(card.barcode(), card.registeredAt());
    }
}
