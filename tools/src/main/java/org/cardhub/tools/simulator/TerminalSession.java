package org.cardhub.tools.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One simulated terminal session (one thread): its own broker connection and reply queue, sending one operation after
 * another as the schedule hands them out and waiting for each reply (JMSCorrelationID = eventId). Fuel holds are
 * completed once approved; reversals cancel purchases this session had approved; some events go twice, some
 * spoilt, as the plan says. Replies that belong to nothing awaited (late ones after a timeout) are counted and dropped.
 * When the connection breaks the session reconnects (with a new reply queue) for up to the plan's reconnect time, and
 * with {@code retries} sends an unanswered event again, unchanged. Operations due in the schedule's warm-up are
 * counted apart and left out of the run's statistics.
 */
final class TerminalSession implements Runnable {

    private static final int REMEMBERED_PURCHASES = 64;
    private static final BigDecimal SMALLEST_COMPLETION = new BigDecimal("1.00");

    private final int number;
    private final LoadPlan plan;
    private final LoadSchedule schedule;
    private final TerminalChannel.Opener broker;
    private final EventFactory events;
    private final MalformedMessageFactory malformed;
    private final RunStatistics counted;
    private final RunStatistics warmingUp = new RunStatistics();
    private RunStatistics stats;
    private final EventsLog log;
    private final Random random;
    private final LongSupplier clock;
    private final PrintStream notices;
    private final Deque<ApprovedPurchase> approvedPurchases = new ArrayDeque<>();
    private TerminalChannel channel;
    private boolean gaveUp;

    /**
     * @param channel the session's connection, opened before the run started; null to open it when running
     */
    TerminalSession(int number, TerminalChannel channel, LoadPlan plan, LoadSchedule schedule,
            TerminalChannel.Opener broker, EventFactory events, RunStatistics stats, EventsLog log, Random random,
            LongSupplier clock, PrintStream notices) {
        this.number = number;
        this.channel = channel;
        this.plan = plan;
        this.schedule = schedule;
        this.broker = broker;
        this.events = events;
        this.malformed = new MalformedMessageFactory(events, plan.cards());
        this.counted = stats;
        this.stats = stats;
        this.log = log;
        this.random = random;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public void run() {
        try {
            for (long due = schedule.nextStart(); due != LoadSchedule.OVER; due = schedule.nextStart()) {
                stats = schedule.counted(due) ? counted : warmingUp;
                if (!ensureConnected(false)) {
                    break;
                }
                perform(due);
            }
        } finally {
            dropChannel();
        }
    }

    /** One operation, due at {@code due} (nanoseconds of the clock); latencies of its first event count from then. */
    void perform(long due) {
        if (chance(plan.malformedPercent())) {
            exchange(malformed.create(plan.terminals(), random), due);
            return;
        }
        Operation operation = plan.mix().pick(random);
        if (operation == Operation.REVERSAL && approvedPurchases.isEmpty()) {
            operation = Operation.PURCHASE;
        }
        switch (operation) {
            case AUTHORIZE_COMPLETE -> authorizeThenComplete(due);
            case PURCHASE -> purchase(due);
            case REVERSAL -> reverse(due);
            case ENTRY, EXIT -> {
                SimulatedTerminal gate = terminalFor(operation);
                exchange(events.pass(gate, cardAt(gate), operation.name()), due);
            }
            case FARE -> {
                SimulatedTerminal validator = terminalFor(operation);
                exchange(events.fare(validator, cardAt(validator), random), due);
            }
            case CASH_IN -> {
                SimulatedTerminal kiosk = terminalFor(operation);
                exchange(events.cashIn(kiosk, cardAt(kiosk), random), due);
            }
        }
    }

    private void authorizeThenComplete(long due) {
        SimulatedTerminal pos = terminalFor(Operation.AUTHORIZE_COMPLETE);
        String card = cardAt(pos);
        OutgoingMessage authorize = events.authorize(pos, card, random);
        TerminalReply reply = exchange(authorize, due);
        if (!reply.approved()) {
            return;
        }
        BigDecimal amount = atMost(new BigDecimal(authorize.amount()), reply.approvedAmount(), 2);
        BigDecimal volume = atMost(new BigDecimal(authorize.volume()), reply.approvedVolume(), 3);
        if (amount.compareTo(SMALLEST_COMPLETION) < 0) {
            return;
        }
        exchange(events.complete(pos, card, authorize.eventId(), amount, volume, random), clock.getAsLong());
    }

    /** The smaller of what was asked and what the reply approved, if it says (and says it readably). */
    private static BigDecimal atMost(BigDecimal requested, String approved, int scale) {
        if (approved == null) {
            return requested;
        }
        try {
            return requested.min(new BigDecimal(approved).setScale(scale, RoundingMode.DOWN));
        } catch (NumberFormatException e) {
            return requested;
        }
    }

    private void purchase(long due) {
        SimulatedTerminal pos = terminalFor(Operation.PURCHASE);
        String card = cardAt(pos);
        OutgoingMessage purchase = events.purchase(pos, card, random);
        if (exchange(purchase, due).approved()) {
            approvedPurchases.addLast(new ApprovedPurchase(pos, card, purchase.eventId(), purchase.amount()));
            if (approvedPurchases.size() > REMEMBERED_PURCHASES) {
                approvedPurchases.removeFirst();
            }
        }
    }

    private void reverse(long due) {
        ApprovedPurchase purchase = approvedPurchases.removeFirst();
        exchange(events.reversal(purchase.terminal(), purchase.card(), purchase.eventId(), purchase.amount()), due);
    }

    private SimulatedTerminal terminalFor(Operation operation) {
        List<SimulatedTerminal> able = plan.terminalsFor(operation);
        return able.get(random.nextInt(able.size()));
    }

    private String cardAt(SimulatedTerminal terminal) {
        return plan.cards().pickFor(terminal.kind(), random);
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
            dropChannel();
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
    private boolean ensureConnected(boolean eventPending) {
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

    private void dropChannel() {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private boolean chance(double percent) {
        return percent > 0 && random.nextDouble() * 100 < percent;
    }

    /** A purchase this session had approved, which a later REVERSAL may cancel (once). */
    private record ApprovedPurchase(SimulatedTerminal terminal, String card, String eventId, String amount) {
    }
}
