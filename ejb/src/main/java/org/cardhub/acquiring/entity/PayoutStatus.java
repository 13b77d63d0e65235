package org.cardhub.acquiring.entity;

/**
 * Where a payout stands. It leaves {@link #PENDING} once: {@link #SUCCEEDED} means the acquirer paid it to the card,
 * {@link #CANCELED} that it did not and the money went back to the account it came from.
 */
public enum PayoutStatus {
    PENDING, SUCCEEDED, CANCELED;

    public boolean isFinal() {
        return this != PENDING;
    }

    /** Only a pending payout moves, and only to a final state. */
    public PayoutStatus moveTo(PayoutStatus next) {
        if (isFinal() || !next.isFinal()) {
            throw new IllegalStateException("A payout does not move from " + this + " to " + next);
        }
        return next;
    }
}
