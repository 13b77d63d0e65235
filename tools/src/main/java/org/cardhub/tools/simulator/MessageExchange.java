package org.cardhub.tools.simulator;

import java.io.PrintStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A session's conversation with the broker: sends a message, waits for the replies that belong to it (JMSCorrelationID
 * = eventId) and counts and logs each. Replies that belong to nothing awaited (late ones after a timeout) are counted
 * and dropped. When the connection breaks it reconnects (with a new reply queue) for up to the plan's reconnect time,
 * and with {@code retries} sends an unanswered event again, unchanged.
 */
final class MessageExchange {

    private final int number;
    private final LoadPlan plan;
    private final LoadSchedule schedule;
    private final TerminalChannel.Opener broker;
    private final EventsLog log;
    private final Random random;
    private final LongSupplier clock;
    private final PrintStream notices;
    private RunStatistics stats;
    private TerminalChannel channel;
    private boolean gaveUp;

    /** @param channel the session's connection, opened before the run started; null to open it when needed */
    MessageExchange(int number, TerminalChannel channel, LoadPlan plan, LoadSchedule schedule,
            TerminalChannel.Opener broker, RunStatistics stats, EventsLog log, Random random, LongSupplier clock,
            PrintStream notices) {
        this.number = number;
        this.channel = channel;
        this.plan = plan;
        this.schedule = schedule;
        this.broker = broker;
        this.stats = stats;
        this.log = log;
        this.random = random;
        this.clock = clock;
        this.notices = notices;
    }

    /** Where what follows is counted: the run's statistics, or the warm-up's. */
    void countInto(RunStatistics statistics) {
        this.stats = statistics;
    }

    /**
     * Sends a message (twice in a row for a duplicate), waits for its replies, retries unanswered ones as the plan
     * allows, counts and logs everything; returns the decisive reply (the first copy's, after the last attempt).
     */
    TerminalReply exchange(OutgoingMessage message, long due) {
        boolean twice = !message.malformed() && chance(plan.duplicatesPercent());
        TerminalReply decisive;
        for (int attempt = 1;; attempt++) {
            TerminalReply[] replies = sendAndAwait(message, twice && attempt == 1 ? 2 : 1, due, attempt);
            decisive = replies[0];
            if (replies.length == 2) {
                stats.duplicateAnswered(replies[0], replies[1]);
            }
            if (decisive.arrived() || attempt > plan.retries() || !ensureConnected(true)) {
                break;
            }
            stats.retried();
        }
        stats.eventDecided(message, decisive);
        return decisive;
    }

    private TerminalReply[] sendAndAwait(OutgoingMessage message, int copies, long due, int attempt) {
        TerminalReply[] replies = new TerminalReply[copies];
        Double[] latencies = new Double[copies];
        Instant[] sentAt = new Instant[copies];
        long[] sentNanos = new long[copies];
        Set<String> messageIds = new HashSet<>();
        boolean lost = false;
        try {
            if (channel == null) {
                throw new ChannelException("not connected");
            }
            int awaited = 0;
            for (int copy = 0; copy < copies; copy++) {
                sentAt[copy] = Instant.now();
                sentNanos[copy] = clock.getAsLong();
                try {
                    messageIds.add(channel.send(message));
                    stats.messageSent();
                    awaited++;
                } catch (ChannelException e) {
                    if (e.refusal() == null) {
                        throw e;
                    }
                    replies[copy] = TerminalReply.refusedByBroker(e.refusal());
                    stats.refusedByBroker();
                }
            }
            long deadline = sentNanos[0] + plan.replyTimeout().toNanos();
            int received = 0;
            for (long left = deadline - clock.getAsLong(); received < awaited && left > 0;
                    left = deadline - clock.getAsLong()) {
                ReceivedReply reply = channel.receive(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                if (reply == null) {
                    continue;
                }
                if (!belongsTo(message, messageIds, reply)) {
                    stats.lateReply();
                    continue;
                }
                received++;
                int copy = firstUnanswered(replies);
                long latencyNanos = reply.receivedAtNanos() - (copy == 0 ? due : sentNanos[copy]);
                replies[copy] = TerminalReply.parse(reply.text());
                latencies[copy] = latencyNanos / 1_000_000.0;
                stats.replyReceived(message, TimeUnit.NANOSECONDS.toMicros(latencyNanos));
            }
        } catch (ChannelException e) {
            lost = true;
            stats.connectionLost();
            notices.println("session " + number + ": " + e.describe() + " (" + broker.address() + ")");
            close();
        }
        for (int copy = 0; copy < copies; copy++) {
            if (replies[copy] == null) {
                if (lost) {
                    replies[copy] = TerminalReply.connectionLost();
                } else {
                    replies[copy] = TerminalReply.timeout();
                    stats.noReplyInTime();
                }
            }
            if (sentAt[copy] != null) {
                log.write(message, number, attempt, copy + 1, sentAt[copy], replies[copy], latencies[copy]);
            }
        }
        return replies;
    }

    private static int firstUnanswered(TerminalReply[] replies) {
        for (int copy = 0; copy < replies.length; copy++) {
            if (replies[copy] == null) {
                return copy;
            }
        }
        throw new IllegalStateException("more replies than copies sent");
    }

    /**
     * Whether a reply answers this message: its correlation id is the eventId; for a malformed message, whose
     * eventId the server may not have been able to read, also none or the request's JMSMessageID.
     */
    private static boolean belongsTo(OutgoingMessage message, Set<String> messageIds, ReceivedReply reply) {
        String correlationId = reply.correlationId();
        if (message.eventId() != null && message.eventId().equals(correlationId)) {
            return true;
        }
        return message.malformed() && (correlationId == null || messageIds.contains(correlationId));
    }

    /**
     * Connects again after a lost connection, trying for the plan's reconnect time. Without an event waiting for its
     * retry it also stops when the run is over; with one it goes on, as a terminal resends its unanswered event
     * when the broker is back, however late in the run the outage came (unless the run is stopped).
     */
    boolean ensureConnected(boolean eventPending) {
        if (channel != null) {
            return true;
        }
        if (gaveUp) {
            return false;
        }
        long giveUpAt = clock.getAsLong() + plan.reconnectFor().toNanos();
        while (true) {
            try {
                channel = broker.open();
                stats.reconnected();
                notices.println("session " + number + ": reconnected to " + broker.address());
                return true;
            } catch (ChannelException e) {
                if (clock.getAsLong() - giveUpAt >= 0 || (eventPending ? schedule.stopped() : schedule.over())) {
                    gaveUp = true;
                    stats.sessionGaveUp();
                    notices.println("session " + number + ": gives up, " + e.describe());
                    return false;
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gaveUp = true;
                return false;
            }
        }
    }

    void close() {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private boolean chance(double percent) {
        return percent > 0 && random.nextDouble() * 100 < percent;
    }
}
