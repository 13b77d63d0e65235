package org.cardhub.cards.entity;

import java.util.Set;

/**
 * ordered → issued → active ⇄ blocked; an active or blocked card can be reissued (its balance moves to
 * the new card) and every card but a closed one can be closed.
 */
public enum CardStatus {
    ORDERED,
    ISSUED,
    ACTIVE,
    BLOCKED,
    REISSUED,
    CLOSED;

    public boolean mayBecome(CardStatus next) {
        return switch (this) {
            case ORDERED -> Set.of(ISSUED, CLOSED).contains(next);
            case ISSUED -> Set.of(ACTIVE, CLOSED).contains(next);
            case ACTIVE -> Set.of(BLOCKED, REISSUED, CLOSED).contains(next);
            case BLOCKED -> Set.of(ACTIVE, REISSUED, CLOSED).contains(next);
            case REISSUED, CLOSED -> false;
        };
    }
}
