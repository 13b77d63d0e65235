package org.cardhub.webhooks.entity;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: {@code base} after the first failure, doubling after each further one up to
 * {@code cap}; after {@code maxAttempts} attempts it is given up (dead) until the back office re-drives it.
 */
public record BackOff(Duration base, Duration cap, int maxAttempts) {

    public BackOff {
        Objects.requireNonNull(base);
        Objects.requireNonNull(cap);
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A back-off needs a positive base, a cap not below it and an attempt");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1: the first failure). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("No attempt failed yet");
        }
        // past 2^30 the doubling has long passed any sensible cap; the shift is kept from overflowing
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration delay = base.multipliedBy(factor);
        return delay.compareTo(cap) > 0 || delay.isNegative() ? cap : delay;
    }

    /** The same back-off that gives up after any attempt (an endpoint removed meanwhile). */
    public BackOff withNoRetry() {
        return new BackOff(base, cap, 1);
    }

    /** Whether a delivery that failed {@code attempts} times is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
