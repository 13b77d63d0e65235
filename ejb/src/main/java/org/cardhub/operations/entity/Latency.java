package org.cardhub.operations.entity;

import org.eclipse.microprofile.metrics.Snapshot;

/**
 * The terminal replies' latency percentiles in microseconds, as the reply timer's snapshot holds them (nanoseconds,
 * over the last minutes the timer's reservoir keeps); zero where the snapshot has no such percentile.
 */
public record Latency(long p50Micros, long p95Micros, long p99Micros) {

    public static final Latency NONE = new Latency(0, 0, 0);

    public static Latency of(Snapshot.PercentileValue[] percentiles) {
        return new Latency(micros(percentiles, 0.5), micros(percentiles, 0.95), micros(percentiles, 0.99));
    }

    private static long micros(Snapshot.PercentileValue[] percentiles, double wanted) {
        for (Snapshot.PercentileValue value : percentiles) {
            if (Math.abs(value.getPercentile() - wanted) < 1e-9) {
                return Math.round(value.getValue() / 1_000);
            }
        }
        return 0;
    }
}
