package org.cardhub.tools.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * One simulated terminal session (one thread): its own broker connection and reply queue, sending one operation after
 * another as the schedule hands them out and waiting for each reply (JMSCorrelationID = eventId). Fuel holds are
 * completed once approved; reversals cancel purchases this session had approved; some events go twice, some
 * spoilt, as the plan says; {@link MessageExchange} does the sending, waiting, retrying and reconnecting. Operations
 * due in the schedule's warm-up are counted apart and left out of the run's statistics.
 */
final class TerminalSession implements Runnable {

    private static final int REMEMBERED_PURCHASES = 64;
    private static final BigDecimal SMALLEST_COMPLETION = new BigDecimal("1.00");

    private final LoadPlan plan;
    private final LoadSchedule schedule;
    private final EventFactory events;
    private final MalformedMessageFactory malformed;
    private final RunStatistics counted;
    private final RunStatistics warmingUp = new RunStatistics();
    private final Random random;
    private final LongSupplier clock;
    private final MessageExchange exchange;
    private final Deque<ApprovedPurchase> approvedPurchases = new ArrayDeque<>();

    /**
     * @param channel the session's connection, opened before the run started; null to open it when running
     */
    TerminalSession(int number, TerminalChannel channel, LoadPlan plan, LoadSchedule schedule,
            TerminalChannel.Opener broker, EventFactory events, RunStatistics stats, EventsLog log, Random random,
            LongSupplier clock, PrintStream notices) {
        this.plan = plan;
        this.schedule = schedule;
        this.events = events;
        this.malformed = new MalformedMessageFactory(events, plan.cards());
        this.counted = stats;
        this.random = random;
        this.clock = clock;
        this.exchange = new MessageExchange(number, channel, plan, schedule, broker, stats, log, random, clock, notices);
    }

    @Override
    public void run() {
        try {
            for (long due = schedule.nextStart(); due != LoadSchedule.OVER; due = schedule.nextStart()) {
                exchange.countInto(schedule.counted(due) ? counted : warmingUp);
                if (!exchange.ensureConnected(false)) {
                    break;
                }
                perform(due);
            }
        } finally {
            exchange.close();
        }
    }

    /** One operation, due at {@code due} (nanoseconds of the clock); latencies of its first event count from then. */
    void perform(long due) {
        if (chance(plan.malformedPercent())) {
            exchange.exchange(malformed.create(plan.terminals(), random), due);
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
                exchange.exchange(events.pass(gate, cardAt(gate), operation.name()), due);
            }
            case FARE -> {
                SimulatedTerminal validator = terminalFor(operation);
                exchange.exchange(events.fare(validator, cardAt(validator), random), due);
            }
            case CASH_IN -> {
                SimulatedTerminal kiosk = terminalFor(operation);
                exchange.exchange(events.cashIn(kiosk, cardAt(kiosk), random), due);
            }
        }
    }

    private void authorizeThenComplete(long due) {
        SimulatedTerminal pos = terminalFor(Operation.AUTHORIZE_COMPLETE);
        String card = cardAt(pos);
        OutgoingMessage authorize = events.authorize(pos, card, random);
        TerminalReply reply = exchange.exchange(authorize, due);
        if (!reply.approved()) {
            return;
        }
        BigDecimal amount = atMost(new BigDecimal(authorize.amount()), reply.approvedAmount(), 2);
        BigDecimal volume = atMost(new BigDecimal(authorize.volume()), reply.approvedVolume(), 3);
        if (amount.compareTo(SMALLEST_COMPLETION) < 0) {
            return;
        }
        exchange.exchange(events.complete(pos, card, authorize.eventId(), amount, volume, random), clock.getAsLong());
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
        if (exchange.exchange(purchase, due).approved()) {
            approvedPurchases.addLast(new ApprovedPurchase(pos, card, purchase.eventId(), purchase.amount()));
            if (approvedPurchases.size() > REMEMBERED_PURCHASES) {
                approvedPurchases.removeFirst();
            }
        }
    }

    private void reverse(long due) {
        ApprovedPurchase purchase = approvedPurchases.removeFirst();
        exchange.exchange(events.reversal(purchase.terminal(), purchase.card(), purchase.eventId(), purchase.amount()), due);
    }

    private SimulatedTerminal terminalFor(Operation operation) {
        List<SimulatedTerminal> able = plan.terminalsFor(operation);
        return able.get(random.nextInt(able.size()));
    }

    private String cardAt(SimulatedTerminal terminal) {
        return plan.cards().pickFor(terminal.kind(), random);
    }

    private boolean chance(double percent) {
        return percent > 0 && random.nextDouble() * 100 < percent;
    }

    /** A purchase this session had approved, which a later REVERSAL may cancel (once). */
    private record ApprovedPurchase(SimulatedTerminal terminal, String card, String eventId, String amount) {
    }
}
