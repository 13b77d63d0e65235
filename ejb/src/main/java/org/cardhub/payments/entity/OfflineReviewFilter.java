package org.cardhub.payments.entity;

import java.time.Instant;

/**
 * Which offline reviews the back office looks at, every part optional: a status, a period of their arrival
 * ({@code from} inclusive, {@code to} exclusive) and the source, exactly as written ({@code terminal:FUEL-0001}) or a
 * terminal's bare id.
 */
public record OfflineReviewFilter(OfflineReview.Status status, Instant from, Instant to, String source) {

    public static final OfflineReviewFilter OPEN = new OfflineReviewFilter(OfflineReview.Status.OPEN, null, null, null);
    private static final String TERMINAL = "terminal:";

    public OfflineReviewFilter {
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && !source.contains(":")) {
            source = TERMINAL + source;
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.PERIOD_REVERSED,
                    "The period ends before it starts: " + from + " – " + to);
        }
    }
}
