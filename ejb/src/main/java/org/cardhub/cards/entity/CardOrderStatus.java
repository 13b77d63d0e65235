package org.cardhub.cards.entity;

import java.util.Set;

/**
 * submitted → issued (plastic cards made from stock; virtual ones at once) → delivered (the company has them and may
 * activate each); a submitted order may be cancelled, nothing later may.
 */
public enum CardOrderStatus {
    SUBMITTED,
    ISSUED,
    DELIVERED,
    CANCELLED;

    public boolean mayBecome(CardOrderStatus next) {
        return switch (this) {
            case SUBMITTED -> Set.of(ISSUED, CANCELLED).contains(next);
            case ISSUED -> next == DELIVERED;
            case DELIVERED, CANCELLED -> false;
        };
    }
}
