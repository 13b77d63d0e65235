package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a run: the counts, throughput and latency percentiles, as text for people and as the one-line
 * {@code SIMULATOR-SUMMARY {json}} for scripts and tests.
 */
public record SimulationReport(String broker, String queue, int threads, String load, double elapsedSeconds,
        long sent, long replies, long timeouts, long refusedByBroker, long connectionLosses, long reconnects,
        long sessionsLost, long lateReplies, long retries, long events, long sentTwice, long duplicateMismatches,
        long duplicatesUnanswered, long malformedSent, double throughput, long latencyCount, double p50Millis,
        double p95Millis, double p99Millis, double maxMillis, Map<String, Long> outcomes,
        Map<String, Map<String, Long>> outcomesByType, Map<String, Map<String, Long>> malformedOutcomes) {

    static final String SUMMARY_PREFIX = "SIMULATOR-SUMMARY ";

    static SimulationReport of(String broker, String queue, int threads, String load, double elapsedSeconds,
            RunStatistics.Counts counts, LatencyReport.Percentiles latency) {
        double throughput = elapsedSeconds > 0 ? counts.replies() / elapsedSeconds : 0;
        return new SimulationReport(broker, queue, threads, load, elapsedSeconds, counts.sent(), counts.replies(),
                counts.timeouts(), counts.refusedByBroker(), counts.connectionLosses(), counts.reconnects(),
                counts.sessionsLost(), counts.lateReplies(), counts.retries(), counts.events(), counts.sentTwice(),
                counts.duplicateMismatches(), counts.duplicatesUnanswered(), counts.malformedSent(), throughput,
                latency.count(), latency.p50(), latency.p95(), latency.p99(), latency.max(), counts.outcomes(),
                counts.outcomesByType(), counts.malformedOutcomes());
    }

    /** A progress line while running: totals so far, throughput and latencies of the last interval. */
    static String progress(double elapsedSeconds, RunStatistics.Counts counts, LatencyReport.Percentiles interval,
            double intervalSeconds) {
        return String.format(Locale.ROOT,
                "[%6.1f s] sent %d, replies %d, timeouts %d | last %.0f s: %.1f replies/s, p50 %.1f p95 %.1f"
                        + " p99 %.1f max %.1f ms",
                elapsedSeconds, counts.sent(), counts.replies(), counts.timeouts(), intervalSeconds,
                intervalSeconds > 0 ? interval.count() / intervalSeconds : 0, interval.p50(), interval.p95(),
                interval.p99(), interval.max());
    }

    /** The report for people, several lines. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "Cardhub terminal simulator against %s, queue %s: %d sessions, %s; ran %.1f s", broker, queue,
                threads, load, elapsedSeconds);
        line(text, "messages    sent %d, replies %d, timeouts %d, refused by the broker %d, connection losses %d"
                + " (reconnects %d, sessions given up %d), late replies %d, retries %d", sent, replies, timeouts,
                refusedByBroker, connectionLosses, reconnects, sessionsLost, lateReplies, retries);
        line(text, "throughput  %.1f replies/s", throughput);
        line(text, "latency     p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d replies to well-formed"
                + " events)", p50Millis, p95Millis, p99Millis, maxMillis, latencyCount);
        line(text, "events      %d well-formed: %s", events, counts(outcomes));
        outcomesByType.forEach((type, counts) -> line(text, "  %-12s %s", type, counts(counts)));
        line(text, "duplicates  %d sent twice, %d answered differently, %d second copies unanswered", sentTwice,
                duplicateMismatches, duplicatesUnanswered);
        line(text, "malformed   %d sent", malformedSent);
        malformedOutcomes.forEach((kind, counts) -> line(text, "  %-18s %s", kind, counts(counts)));
        return text.toString();
    }

    /** {@code SIMULATOR-SUMMARY} and the report as one JSON object, on one line. */
    public String summaryLine() {
        return SUMMARY_PREFIX + summaryJson();
    }

    public String summaryJson() {
        JsonObjectBuilder latency = Json.createObjectBuilder()
                .add("count", latencyCount)
                .add("p50", round(p50Millis))
                .add("p95", round(p95Millis))
                .add("p99", round(p99Millis))
                .add("max", round(maxMillis));
        JsonObjectBuilder duplicates = Json.createObjectBuilder()
                .add("sentTwice", sentTwice)
                .add("mismatches", duplicateMismatches)
                .add("unanswered", duplicatesUnanswered);
        JsonObjectBuilder malformed = Json.createObjectBuilder()
                .add("sent", malformedSent)
                .add("byKind", nested(malformedOutcomes));
        return Json.createObjectBuilder()
                .add("broker", broker)
                .add("queue", queue)
                .add("threads", threads)
                .add("load", load)
                .add("elapsedSeconds", round(elapsedSeconds))
                .add("sent", sent)
                .add("replies", replies)
                .add("timeouts", timeouts)
                .add("refusedByBroker", refusedByBroker)
                .add("connectionLosses", connectionLosses)
                .add("reconnects", reconnects)
                .add("sessionsLost", sessionsLost)
                .add("lateReplies", lateReplies)
                .add("retries", retries)
                .add("events", events)
                .add("throughput", round(throughput))
                .add("latencyMs", latency)
                .add("outcomes", flat(outcomes))
                .add("outcomesByType", nested(outcomesByType))
                .add("duplicates", duplicates)
                .add("malformed", malformed)
                .build().toString();
    }

    private static JsonObjectBuilder flat(Map<String, Long> counts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        counts.forEach(object::add);
        return object;
    }

    private static JsonObjectBuilder nested(Map<String, Map<String, Long>> counts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        counts.forEach((key, inner) -> object.add(key, flat(inner)));
        return object;
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
