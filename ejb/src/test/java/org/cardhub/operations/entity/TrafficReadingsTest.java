package org.cardhub.operations.entity;

import org.eclipse.microprofile.metrics.Snapshot.PercentileValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minute samples' arithmetic: counters read by tag into results and classes of status, a minute's counts as the
 * difference of two readings (afresh after a redeployment), the latency percentiles in microseconds, and a minute
 * without messages keeping no latency.
 */
class TrafficReadingsTest {

    @Test
    void countersAreSortedByReplyStatusAndByClassOfHttpStatus() {
        TrafficReadings readings = TrafficReadings.NONE.withTerminal("APPROVED", 7).withTerminal("DECLINED", 2)
                .withTerminal("ACCEPTED", 3).withTerminal("APPROVED", 1)
                .withPartner("200", 10).withPartner("201", 1).withPartner("404", 2).withPartner("429", 4)
                .withPartner("503", 1).withPartner("not a status", 1);

        assertThat(readings).isEqualTo(new TrafficReadings(8, 2, 3, 11, 2, 4, 2));
    }

    @Test
    void aMinutesCountsAreTheDifferenceAndACounterThatWentBackCountsAfresh() {
        TrafficReadings before = new TrafficReadings(100, 10, 5, 50, 3, 0, 1);
        TrafficReadings after = new TrafficReadings(130, 12, 5, 20, 3, 1, 1);

        assertThat(after.since(before)).isEqualTo(new TrafficReadings(30, 2, 0, 20, 0, 1, 0));
    }

    @Test
    void percentilesAreTakenInMicrosecondsAndAMinuteWithoutMessagesKeepsNoLatency() {
        Latency latency = Latency.of(new PercentileValue[]{new PercentileValue(0.5, 1_200_000), new PercentileValue(0.75, 2e6),
                new PercentileValue(0.95, 8_500_000), new PercentileValue(0.99, 20_000_400)});

        assertThat(latency).isEqualTo(new Latency(1_200, 8_500, 20_000));
        assertThat(Latency.of(new PercentileValue[0])).isEqualTo(Latency.NONE);

        Instant at = Instant.parse("2030-03-02T10:15:42Z");
        MetricSample quiet = new MetricSample("server@host", at, TrafficReadings.NONE.withPartner("200", 3), latency, 2, 40, 0);
        MetricSample busy = new MetricSample("server@host", at, TrafficReadings.NONE.withTerminal("APPROVED", 3), latency, 2, 40, 0);

        assertThat(quiet.sampledAt()).isEqualTo(Instant.parse("2030-03-02T10:15:00Z"));
        assertThat(quiet.latency()).isEqualTo(Latency.NONE);
        assertThat(busy.latency()).isEqualTo(latency);
        assertThat(busy.terminalMessages()).isEqualTo(3);
    }
}
