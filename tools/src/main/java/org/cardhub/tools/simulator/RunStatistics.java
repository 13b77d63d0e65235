package org.cardhub.tools.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What happened during a run, counted by all sessions at once. Messages (every copy and retry sent) and replies are
 * counted one by one; outcomes once per event, by its first copy's final answer (or TIMEOUT), separately for
 * well-formed events and for the deliberately malformed ones.
 */
final class RunStatistics {

    private final LongAdder sent = new LongAdder();
    private final LongAdder replies = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder refusedByBroker = new LongAdder();
    private final LongAdder connectionLosses = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final LongAdder lateReplies = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final LongAdder sentTwice = new LongAdder();
    private final LongAdder duplicateMismatches = new LongAdder();
    private final LongAdder duplicatesUnanswered = new LongAdder();
    private final LongAdder malformedSent = new LongAdder();
    private final LongAdder sessionsLost = new LongAdder();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> outcomesByType = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> malformedOutcomes = new ConcurrentHashMap<>();
    private final LatencyReport latency = new LatencyReport();

    void messageSent() {
        sent.increment();
    }

    /** A reply to a well-formed message, with its latency; replies to malformed messages have no latency. */
    void replyReceived(OutgoingMessage message, long latencyMicros) {
        replies.increment();
        if (!message.malformed()) {
            latency.record(latencyMicros);
        }
    }

    void noReplyInTime() {
        timeouts.increment();
    }

    /** The broker refused a message when it was sent (size or destination limits, permissions). */
    void refusedByBroker() {
        refusedByBroker.increment();
    }

    void connectionLost() {
        connectionLosses.increment();
    }

    void reconnected() {
        reconnects.increment();
    }

    void sessionGaveUp() {
        sessionsLost.increment();
    }

    /** A reply whose correlation id belongs to no message the session is waiting for (e.g. after a timeout). */
    void lateReply() {
        lateReplies.increment();
    }

    void retried() {
        retries.increment();
    }

    /** The final answer to an event (the first copy's, after any retries). */
    void eventDecided(OutgoingMessage message, TerminalReply reply) {
        if (message.malformed()) {
            malformedSent.increment();
            count(malformedOutcomes, message.malformation().name(), reply.outcome());
        } else {
            events.increment();
            outcomes.computeIfAbsent(reply.outcome(), k -> new LongAdder()).increment();
            count(outcomesByType, message.type(), reply.outcome());
        }
    }

    /** An event sent twice: whether both copies got the same decision (no second reply counts separately). */
    void duplicateAnswered(TerminalReply first, TerminalReply second) {
        sentTwice.increment();
        if (!second.arrived()) {
            duplicatesUnanswered.increment();
        } else if (first.arrived() && !first.sameDecisionAs(second)) {
            duplicateMismatches.increment();
        }
    }

    LatencyReport latency() {
        return latency;
    }

    long sent() {
        return sent.sum();
    }

    long replies() {
        return replies.sum();
    }

    long timeouts() {
        return timeouts.sum();
    }

    /** The counts as they stand, for a report. */
    Counts counts() {
        return new Counts(sent.sum(), replies.sum(), timeouts.sum(), refusedByBroker.sum(), connectionLosses.sum(),
                reconnects.sum(), sessionsLost.sum(), lateReplies.sum(), retries.sum(), events.sum(), sentTwice.sum(),
                duplicateMismatches.sum(), duplicatesUnanswered.sum(), malformedSent.sum(), sorted(outcomes),
                sortedNested(outcomesByType), sortedNested(malformedOutcomes));
    }

    private static void count(Map<String, Map<String, LongAdder>> counts, String group, String outcome) {
        counts.computeIfAbsent(group, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    private static Map<String, Map<String, Long>> sortedNested(Map<String, Map<String, LongAdder>> counts) {
        Map<String, Map<String, Long>> sorted = new TreeMap<>();
        counts.forEach((key, inner) -> sorted.put(key, sorted(inner)));
        return sorted;
    }

    /** A snapshot of the counters. */
    record Counts(long sent, long replies, long timeouts, long refusedByBroker, long connectionLosses,
            long reconnects, long sessionsLost, long lateReplies, long retries, long events, long sentTwice,
            long duplicateMismatches, long duplicatesUnanswered, long malformedSent, Map<String, Long> outcomes,
            Map<String, Map<String, Long>> outcomesByType, Map<String, Map<String, Long>> malformedOutcomes) {
    }
}
