package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadStatisticsTest {

    private static final Call FRESH = Call.fresh("1", "20261121123015", "10000001", "1.00");
    private static final Target.Answer CREDITED = Target.REST.read(201, "{\"status\":\"APPROVED\",\"code\":\"OK\",\"entryId\":7}");

    @Test
    void countsAnswersByStatusAndResultAndTheCreditedOnes() {
        LoadStatistics stats = new LoadStatistics();
        stats.answered(FRESH, CREDITED, 2_000);
        stats.answered(FRESH, CREDITED, 4_000);
        stats.answered(FRESH, Target.REST.read(429, "{\"code\":\"RATE_LIMITED\"}"), 1_000);
        stats.failed(FRESH, "timeout");

        LoadStatistics.Counts counts = stats.counts();

        assertThat(counts.sent()).isEqualTo(4);
        assertThat(counts.answered()).isEqualTo(3);
        assertThat(counts.credited()).isEqualTo(2);
        assertThat(counts.byStatus()).containsExactly(Map.entry("201", 2L), Map.entry("429", 1L),
                Map.entry(LoadStatistics.NO_ANSWER, 1L));
        assertThat(counts.byResult()).containsExactly(Map.entry("APPROVED/OK", 2L), Map.entry("RATE_LIMITED", 1L));
        assertThat(counts.failures()).containsExactly(Map.entry("timeout", 1L));
        assertThat(stats.latency().total().count()).isEqualTo(3);
        assertThat(stats.latency().total().max()).isBetween(3.99, 4.01);
    }

    @Test
    void aReplayCountsAsRepeatedOnlyWhenItsAnswerIsTheFirstOneExactly() {
        LoadStatistics stats = new LoadStatistics();
        Call replay = FRESH.replayOf(CREDITED);
        stats.answered(replay, CREDITED, 1_000);
        stats.answered(replay, Target.REST.read(201, "{\"status\":\"APPROVED\",\"code\":\"OK\",\"entryId\":8}"), 1_000);
        stats.answered(replay, Target.REST.read(409, "{\"code\":\"IN_FLIGHT\"}"), 1_000);
        stats.failed(replay, "ConnectException");

        LoadStatistics.Counts counts = stats.counts();

        assertThat(counts.replaysSent()).isEqualTo(4);
        assertThat(counts.credited()).as("a replay credits nothing").isZero();
        assertThat(counts.replaysRepeated()).isEqualTo(1);
        assertThat(counts.replaysDiffering()).containsExactly(Map.entry("201 APPROVED/OK", 1L),
                Map.entry("409 IN_FLIGHT", 1L), Map.entry(LoadStatistics.NO_ANSWER, 1L));
    }

    @Test
    void aRefusedTokenIsCounted() {
        LoadStatistics stats = new LoadStatistics();
        stats.answered(FRESH, Target.AGENT.read(401, ""), 500);

        assertThat(stats.counts().tokenRefusals()).isEqualTo(1);
    }

    @Test
    void theReportGivesThroughputOverTheMeasuredTimeAndASummaryLineForScripts() {
        LoadStatistics stats = new LoadStatistics();
        for (int i = 0; i < 100; i++) {
            stats.answered(FRESH, i < 90 ? CREDITED : Target.REST.read(403, ""), 1_000 + i * 100L);
        }
        LoadReport report = new LoadReport("rest", "http://localhost:8080/cardhub/", "agent-demo", 16, "closed loop",
                4.0, stats.counts(), stats.latency().total());

        assertThat(report.throughput()).isEqualTo(25.0);
        assertThat(report.creditedPerSecond()).isEqualTo(22.5);
        assertThat(report.toText()).contains("25.0 answers/s, 22.5 credited top-ups/s", "201: 90, 403: 10",
                "-: 10, APPROVED/OK: 90");
        assertThat(report.summaryLine()).startsWith(LoadReport.SUMMARY_PREFIX).doesNotContain("\n");

        JsonObject summary = Json.createReader(new StringReader(report.summaryLine()
                .substring(LoadReport.SUMMARY_PREFIX.length()))).readObject();
        assertThat(summary.getJsonNumber("throughput").doubleValue()).isEqualTo(25.0);
        assertThat(summary.getJsonNumber("creditedPerSecond").doubleValue()).isEqualTo(22.5);
        assertThat(summary.getJsonObject("byStatus").getInt("201")).isEqualTo(90);
        assertThat(summary.getJsonObject("latencyMs").getInt("count")).isEqualTo(100);
        assertThat(summary.getJsonObject("latencyMs").getJsonNumber("p99").doubleValue()).isBetween(10.8, 10.95);
    }

    @Test
    void aCallSentAgainCountsOnceByItsLastAnswerAndItsResendsApart() {
        LoadStatistics stats = new LoadStatistics();
        stats.answered(FRESH, CREDITED, 1_800_000);
        stats.attempts(3, true);
        stats.failed(FRESH, "timeout");
        stats.attempts(4, false);
        stats.answered(FRESH, CREDITED, 2_000);
        stats.attempts(1, true);

        LoadStatistics.Counts counts = stats.counts();
        LoadReport report = new LoadReport("rest", "http://localhost:8080/cardhub/", "agent-demo", 1, "closed loop",
                2.0, counts, stats.latency().total());

        assertThat(counts.sent()).isEqualTo(3);
        assertThat(counts.credited()).isEqualTo(2);
        assertThat(counts.resends()).isEqualTo(new LoadStatistics.Resends(2, 5, 1));
        assertThat(report.toText()).contains("resent      2 calls sent again (5 extra sends), 1 of them answered at last");
        JsonObject summary = Json.createReader(new StringReader(report.summaryLine()
                .substring(LoadReport.SUMMARY_PREFIX.length()))).readObject();
        assertThat(summary.getJsonObject("resent").getInt("calls")).isEqualTo(2);
        assertThat(summary.getJsonObject("resent").getInt("extraAttempts")).isEqualTo(5);
    }

    @Test
    void withoutResendsTheReportHasNoResendLine() {
        LoadStatistics stats = new LoadStatistics();
        stats.answered(FRESH, CREDITED, 2_000);
        stats.attempts(1, true);

        assertThat(new LoadReport("rest", "http://localhost:8080/cardhub/", "agent-demo", 1, "closed loop", 1.0,
                stats.counts(), stats.latency().total()).toText()).doesNotContain("resent");
    }

    @Test
    void anEmptyRunReportsZeros() {
        LoadStatistics stats = new LoadStatistics();
        LoadReport report = new LoadReport("agent", "http://localhost:8080/cardhub/", "agent-demo", 1, "closed loop",
                0, stats.counts(), stats.latency().total());

        assertThat(report.throughput()).isZero();
        assertThat(report.toText()).contains("HTTP status -", "replays     0 sent");
    }
}
