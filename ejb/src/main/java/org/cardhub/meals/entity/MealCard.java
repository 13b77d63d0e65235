package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.time.LocalDate;

/**
 * A child as the meals page shows them: name, the school's time zone, what the canteen purse can still pay, and the
 * free-meal benefit when the child has one on {@code today} (its kind's names; null: the child pays for meals).
 */
public record MealCard(long cardId, String holderName, String timeZone, LocalDate today, Amount canteenAvailable,
                       String benefitRu, String benefitEn, String freeMealName) {

    public boolean isBeneficiary() {
        return benefitRu != null;
    }
}
