package org.cardhub.meals.entity;

/**
 * What kind of dish it is, named as the terminals name the categories they sell under (the limits' school categories),
 * so a pupil's limits and restrictions apply to a pre-ordered dish, or one bought at the till by its menu code, as to
 * any other sale of that category: a parent who forbids sweets forbids the menu's sweets too.
 */
public enum DishCategory {
    HOT_MEAL,
    BUFFET,
    DRINK,
    SWEETS
}
