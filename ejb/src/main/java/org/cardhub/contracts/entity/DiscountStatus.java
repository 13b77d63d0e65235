package org.cardhub.contracts.entity;

/** Where a discount row stands on a day: not yet in force, in force, replaced by a later row of its scope, or over. */
public enum DiscountStatus {
    FUTURE,
    IN_FORCE,
    SUPERSEDED,
    ENDED
}
