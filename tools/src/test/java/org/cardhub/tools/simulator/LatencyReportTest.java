package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyReportTest {

    @Test
    void reportsPercentilesInMilliseconds() {
        LatencyReport report = new LatencyReport();
        List<Long> micros = new ArrayList<>();
        for (long ms = 1; ms <= 1_000; ms++) {
            micros.add(ms * 1_000);
        }
        Collections.shuffle(micros);
        micros.forEach(report::record);

        LatencyReport.Percentiles total = report.total();

        assertThat(total.count()).isEqualTo(1_000);
        assertThat(total.p50()).isCloseTo(500, within(1.0));
        assertThat(total.p95()).isCloseTo(950, within(1.0));
        assertThat(total.p99()).isCloseTo(990, within(1.0));
        assertThat(total.max()).isCloseTo(1_000, within(1.0));
    }

    @Test
    void anIntervalHoldsOnlyWhatCameSinceThePreviousOneWhileTheTotalKeepsAll() {
        LatencyReport report = new LatencyReport();
        for (int i = 0; i < 100; i++) {
            report.record(2_000);
        }
        assertThat(report.interval().count()).isEqualTo(100);

        report.record(40_000);
        LatencyReport.Percentiles second = report.interval();
        assertThat(second.count()).isEqualTo(1);
        assertThat(second.max()).isCloseTo(40, within(0.1));

        LatencyReport.Percentiles total = report.total();
        assertThat(total.count()).isEqualTo(101);
        assertThat(total.p50()).isCloseTo(2, within(0.01));
        assertThat(total.max()).isCloseTo(40, within(0.1));
    }

    @Test
    void nothingRecordedIsAllZero() {
        assertThat(new LatencyReport().total()).isEqualTo(new LatencyReport.Percentiles(0, 0, 0, 0, 0));
    }

    @Test
    void negativeLatenciesCountAsZero() {
        LatencyReport report = new LatencyReport();
        report.record(-5);

        assertThat(report.total().max()).isZero();
    }

    @Test
    void manySessionsCanRecordAtOnce() throws InterruptedException {
        LatencyReport report = new LatencyReport();
        ExecutorService sessions = Executors.newFixedThreadPool(8);
        for (int s = 0; s < 8; s++) {
            sessions.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    report.record(1_000 + i % 100);
                }
            });
        }
        sessions.shutdown();
        assertThat(sessions.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(report.total().count()).isEqualTo(80_000);
    }
}
