package org.cardhub.meals.entity;

/**
 * What a group meal's order did for one pupil: the meal's price held on the canteen purse; free, to be paid from the
 * school's meal budget at serving (a beneficiary); or refused, with its {@link GroupMealReason}, nothing held.
 */
public enum GroupMealOutcome {
    HELD,
    FREE,
    REFUSED;

    /** Whether the pupil is in the meal (eats and is paid for): held or free. */
    public boolean isIn() {
        return this != REFUSED;
    }
}
