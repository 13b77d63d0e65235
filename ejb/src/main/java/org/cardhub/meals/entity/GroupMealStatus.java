package org.cardhub.meals.entity;

/**
 * Where a teacher's group meal stands: ordered (the paying pupils' money held, nothing taken yet), served (paid from the
 * holds and the school's budget: the canteen marked it, or lunch time of its day passed) or cancelled before that (every
 * hold released).
 */
public enum GroupMealStatus {
    ORDERED,
    SERVED,
    CANCELLED
}
