package org.cardhub.acquiring.entity;

/**
 * Where a card payment stands. It leaves {@link #PENDING} once and never again: {@link #SUCCEEDED} means credited to the
 * purse, {@link #CANCELED} is the acquirer's word (declined, refused, abandoned), {@link #FAILED} is Cardhub's own (the
 * acquirer could not be asked, or the money could not be credited).
 */
public enum PaymentStatus {
    PENDING, SUCCEEDED, CANCELED, FAILED;

    public boolean isFinal() {
        return this != PENDING;
    }

    /** Only a pending payment moves, and only to a final state. */
    public PaymentStatus moveTo(PaymentStatus next) {
        if (isFinal() || !next.isFinal()) {
            throw new IllegalStateException("A card payment does not move from " + this + " to " + next);
        }
        return next;
    }
}
