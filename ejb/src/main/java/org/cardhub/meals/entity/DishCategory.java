package org.cardhub.meals.entity;

/**
 * What kind of dish it is, named as the terminals name the categories they sell under, so a pupil's limits and
 * restrictions apply to a pre-ordered dish as to one bought at the till.
 */
public enum DishCategory {
    HOT_MEAL,
    BUFFET,
    DRINK
}
