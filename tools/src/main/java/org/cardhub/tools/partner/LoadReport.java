package org.cardhub.tools.partner;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cardhub.tools.simulator.LatencyReport;

/**
 * The outcome of a partner load run: throughput, latency percentiles and the counts, as text for people and as the
 * one-line {@code PARTNER-LOAD-SUMMARY {json}} for scripts.
 */
record LoadReport(String target, String url, String client, int clients, String load, double elapsedSeconds,
        LoadStatistics.Counts counts, LatencyReport.Percentiles latency) {

    static final String SUMMARY_PREFIX = "PARTNER-LOAD-SUMMARY ";

    /** Answers (of any kind) per second. */
    double throughput() {
        return perSecond(counts.answered());
    }

    /** Credited top-ups per second (REST 201, agent result 0); replays are not counted, they credit nothing. */
    double creditedPerSecond() {
        return perSecond(counts.credited());
    }

    /** A progress line while running: totals so far and the last interval's rate and latencies. */
    static String progress(double elapsedSeconds, LoadStatistics.Counts counts, LatencyReport.Percentiles interval,
            double intervalSeconds) {
        return String.format(Locale.ROOT,
                "[%6.1f s] sent %d, answers %d, credited %d | last %.0f s: %.1f answers/s, p50 %.1f p95 %.1f"
                        + " p99 %.1f max %.1f ms",
                elapsedSeconds, counts.sent(), counts.answered(), counts.credited(), intervalSeconds,
                intervalSeconds > 0 ? interval.count() / intervalSeconds : 0, interval.p50(), interval.p95(),
                interval.p99(), interval.max());
    }

    String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "Cardhub partner load, %s top-ups at %s as %s: %d clients, %s; measured %.1f s", target, url,
                client, clients, load, elapsedSeconds);
        line(text, "throughput  %.1f answers/s, %.1f credited top-ups/s", throughput(), creditedPerSecond());
        line(text, "latency     p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d answers)", latency.p50(),
                latency.p95(), latency.p99(), latency.max(), latency.count());
        line(text, "calls       %d sent, %d answered, %d credited", counts.sent(), counts.answered(),
                counts.credited());
        line(text, "HTTP status %s", joined(counts.byStatus()));
        line(text, "result      %s", joined(counts.byResult()));
        if (!counts.failures().isEmpty()) {
            line(text, "no answer   %s", joined(counts.failures()));
        }
        line(text, "replays     %d sent, %d repeated the first answer exactly, differing: %s", counts.replaysSent(),
                counts.replaysRepeated(), joined(counts.replaysDiffering()));
        if (counts.resends().calls() > 0) {
            line(text, "resent      %d calls sent again (%d extra sends), %d of them answered at last",
                    counts.resends().calls(), counts.resends().extraAttempts(), counts.resends().answered());
        }
        if (counts.startedLate() > 0) {
            line(text, "schedule    %d calls started over %d ms late (all clients busy): the latency includes"
                    + " that wait", counts.startedLate(), PartnerLoad.LATE_TOLERANCE_MILLIS);
        }
        if (counts.tokenRefusals() > 0) {
            line(text, "token       %d answers were 401: the token was refused", counts.tokenRefusals());
        }
        return text.toString();
    }

    String summaryLine() {
        JsonObjectBuilder latencyJson = Json.createObjectBuilder()
                .add("count", latency.count())
                .add("p50", round(latency.p50()))
                .add("p95", round(latency.p95()))
                .add("p99", round(latency.p99()))
                .add("max", round(latency.max()));
        JsonObjectBuilder replays = Json.createObjectBuilder()
                .add("sent", counts.replaysSent())
                .add("repeated", counts.replaysRepeated())
                .add("differing", flat(counts.replaysDiffering()));
        return SUMMARY_PREFIX + Json.createObjectBuilder()
                .add("target", target)
                .add("url", url)
                .add("client", client)
                .add("clients", clients)
                .add("load", load)
                .add("elapsedSeconds", round(elapsedSeconds))
                .add("sent", counts.sent())
                .add("answered", counts.answered())
                .add("credited", counts.credited())
                .add("throughput", round(throughput()))
                .add("creditedPerSecond", round(creditedPerSecond()))
                .add("latencyMs", latencyJson)
                .add("byStatus", flat(counts.byStatus()))
                .add("byResult", flat(counts.byResult()))
                .add("failures", flat(counts.failures()))
                .add("replays", replays)
                .add("startedLate", counts.startedLate())
                .add("resent", Json.createObjectBuilder()
                        .add("calls", counts.resends().calls())
                        .add("extraAttempts", counts.resends().extraAttempts())
                        .add("answered", counts.resends().answered()))
                .build();
    }

    private double perSecond(long count) {
        return elapsedSeconds > 0 ? count / elapsedSeconds : 0;
    }

    private static JsonObjectBuilder flat(Map<String, Long> counts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        counts.forEach(object::add);
        return object;
    }

    private static String joined(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
