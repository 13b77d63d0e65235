package org.cardhub.tools.partner;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cardhub.tools.simulator.LatencyReport;

/**
 * What happened during a run, counted by all workers at once: answers by HTTP status and by result, credited
 * top-ups (fresh calls only: a replay credits nothing), failures without an answer, and how replays of credited
 * calls were answered. Every answer's latency goes into one histogram; calls that got no answer (connection
 * refused, timeout) are counted but have no latency. A call sent more than once ({@code --retries}) is counted by
 * its last attempt, its latency up to that attempt's answer; how many were sent again is counted apart.
 */
final class LoadStatistics {

    /** The status under which calls without an HTTP answer are counted. */
    static final String NO_ANSWER = "no answer";

    private final LongAdder sent = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder credited = new LongAdder();
    private final LongAdder replaysSent = new LongAdder();
    private final LongAdder replaysRepeated = new LongAdder();
    private final LongAdder startedLate = new LongAdder();
    private final LongAdder tokenRefusals = new LongAdder();
    private final LongAdder resent = new LongAdder();
    private final LongAdder extraAttempts = new LongAdder();
    private final LongAdder resentAnswered = new LongAdder();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byResult = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> replaysDiffering = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LatencyReport latency = new LatencyReport();

    /** An answer to a call, {@code micros} after the call was due. */
    void answered(Call call, Target.Answer answer, long micros) {
        sent.increment();
        answered.increment();
        latency.record(micros);
        count(byStatus, Integer.toString(answer.status()));
        count(byResult, answer.result());
        if (answer.credited() && !call.replay()) {
            credited.increment();
        }
        if (answer.status() == 401) {
            tokenRefusals.increment();
        }
        if (call.replay()) {
            replaysSent.increment();
            if (answer.identity().equals(call.original().identity())) {
                replaysRepeated.increment();
            } else {
                count(replaysDiffering, answer.status() + " " + answer.result());
            }
        }
    }

    /** A call that got no HTTP answer; {@code reason} is the kind of failure (e.g. the exception's class). */
    void failed(Call call, String reason) {
        sent.increment();
        count(byStatus, NO_ANSWER);
        count(failures, reason);
        if (call.replay()) {
            replaysSent.increment();
            count(replaysDiffering, NO_ANSWER);
        }
    }

    /** A call that took {@code attempts} sends; whether its last one was answered. */
    void attempts(int attempts, boolean answered) {
        if (attempts > 1) {
            resent.increment();
            extraAttempts.add(attempts - 1L);
            if (answered) {
                resentAnswered.increment();
            }
        }
    }

    /** An open-loop call that left more than the tolerance after it was due (all workers were busy). */
    void startedLate() {
        startedLate.increment();
    }

    LatencyReport latency() {
        return latency;
    }

    Counts counts() {
        return new Counts(sent.sum(), answered.sum(), credited.sum(), replaysSent.sum(), replaysRepeated.sum(),
                startedLate.sum(), tokenRefusals.sum(), sorted(byStatus), sorted(byResult), sorted(replaysDiffering),
                sorted(failures), new Resends(resent.sum(), extraAttempts.sum(), resentAnswered.sum()));
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    /** A snapshot of the counters. */
    record Counts(long sent, long answered, long credited, long replaysSent, long replaysRepeated, long startedLate,
            long tokenRefusals, Map<String, Long> byStatus, Map<String, Long> byResult,
            Map<String, Long> replaysDiffering, Map<String, Long> failures, Resends resends) {
    }

    /** Calls sent more than once, the sends beyond the first, and how many of those calls got an answer at last. */
    record Resends(long calls, long extraAttempts, long answered) {
    }
}
