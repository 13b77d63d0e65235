package org.cardhub.cards.entity;

import java.time.LocalDate;
import java.util.Objects;

/** Why a card refuses to pay or to have money moved, with the sentence that says so. */
public record CardRefusal(Reason reason, String explanation) {

    public enum Reason {
        /** Not active: ordered, issued, blocked, replaced by a new card or closed. */
        BLOCKED,
        EXPIRED
    }

    public CardRefusal {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(explanation);
    }

    static CardRefusal blocked(String panMasked, CardStatus status) {
        return new CardRefusal(Reason.BLOCKED, "Card " + panMasked + " is " + status.name().toLowerCase());
    }

    static CardRefusal expired(String panMasked, LocalDate expiresOn) {
        return new CardRefusal(Reason.EXPIRED, "Card " + panMasked + " expired on " + expiresOn);
    }
}
