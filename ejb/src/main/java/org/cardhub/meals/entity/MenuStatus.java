package org.cardhub.meals.entity;

/** A menu is drafted by the canteen supplier, then published to the school's parents and canteen terminals. */
public enum MenuStatus {
    DRAFT,
    PUBLISHED
}
