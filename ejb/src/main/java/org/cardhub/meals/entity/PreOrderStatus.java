package org.cardhub.meals.entity;

/**
 * Where a pre-order stands: waiting for its day (the money held); served (paid from the hold as a purchase); released
 * because the pupil did not come to school by the attendance deadline; cancelled by the parent before the cut-off;
 * marked not served by the canteen (released, or refunded if it had been paid); lapsed when its hold ended without
 * either (the card was blocked on the day, say), the money released.
 */
public enum PreOrderStatus {
    WAITING,
    SERVED,
    ABSENT,
    CANCELLED,
    NOT_SERVED,
    LAPSED;

    /** Whether the money of the order is gone for good: only a served order was paid. */
    public boolean isPaid() {
        return this == SERVED;
    }
}
