package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

/**
 * A pupil of the class as the group meal page offers them: what their canteen purse can still pay, their free-meal
 * benefit on the day (its kind's names; null: they pay), and whether they already have a parent's pre-order or a place
 * in another group meal that day (they would be refused).
 */
public record GroupMealCandidate(long cardId, String name, Amount canteenAvailable, String benefitRu, String benefitEn,
                                 boolean preOrdered, boolean inAnotherGroupMeal) {

    public boolean isFree() {
        return benefitRu != null;
    }
}
