package org.cardhub.tools.simulator;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Reply latencies, recorded by all sessions at once (in microseconds, three significant digits), read as percentiles
 * in milliseconds for the last interval and for the whole run.
 */
public final class LatencyReport {

    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private Histogram interval;

    /** Records one latency; negative values (clock skew) count as zero. */
    public void record(long micros) {
        recorder.recordValue(Math.max(0, micros));
    }

    /** The latencies since the previous call, which from then on also count in {@link #total()}. */
    public synchronized Percentiles interval() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return Percentiles.of(interval);
    }

    /** All latencies recorded so far. */
    public synchronized Percentiles total() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return Percentiles.of(total);
    }

    /** A summary of latencies in milliseconds; all zero when nothing was recorded. */
    public record Percentiles(long count, double p50, double p95, double p99, double max) {

        static Percentiles of(Histogram histogram) {
            if (histogram.getTotalCount() == 0) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            return new Percentiles(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
                    millis(histogram.getValueAtPercentile(95)), millis(histogram.getValueAtPercentile(99)),
                    millis(histogram.getMaxValue()));
        }

        private static double millis(long micros) {
            return micros / 1000.0;
        }
    }
}
