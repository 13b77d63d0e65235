package org.cardhub.cards.entity;

/** Why a card is blocked; only a temporary block can be lifted, a lost or stolen card is reissued. */
public enum BlockReason {
    TEMPORARY,
    LOST,
    STOLEN
}
