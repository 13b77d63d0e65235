package org.cardhub.cards.entity;

/** Who or what a card is for. */
public enum HolderKind {
    VEHICLE,
    DRIVER,
    PUPIL,
    PERSON
}
