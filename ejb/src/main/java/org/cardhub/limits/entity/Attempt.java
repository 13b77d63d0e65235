package org.cardhub.limits.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * An operation a card wants to make, as limits see it: money in kopecks, volume in millilitres, what
 * was bought, where and when.
 */
public record Attempt(long amountMinor, long volumeMilli, String productCode, String category, String station,
                      String region, Instant at) {
    public Attempt {
        Objects.requireNonNull(at);
        if (amountMinor < 0 || volumeMilli < 0) {
            throw new IllegalArgumentException("An attempt cannot be negative");
        }
    }
}
