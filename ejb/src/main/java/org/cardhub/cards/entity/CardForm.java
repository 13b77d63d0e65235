package org.cardhub.cards.entity;

/** A card in a wallet, or a virtual one (which needs its holder's data). */
public enum CardForm {
    PLASTIC,
    VIRTUAL
}
