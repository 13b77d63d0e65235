package org.cardhub.tools.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * When the sessions start their operations, shared by all of them. Closed loop: a session starts the next operation
 * as soon as it has finished the previous one. Open loop: operation i is due at {@code start + i / rate}, whichever
 * session takes it, and its latency counts from then, so a server that falls behind shows as queueing time instead
 * of slowing the load down (no coordinated omission). Either way the run ends after {@code duration} or
 * {@code count} operations, whichever comes first. A warm-up runs the same load for a while before the counted
 * {@code duration}; operations due in it are not {@linkplain #counted(long) counted}.
 */
public final class LoadSchedule {

    /** What {@link #nextStart()} returns once the run is over. */
    public static final long OVER = Long.MIN_VALUE;

    private final LongSupplier clock;
    private final LongConsumer park;
    private final long start;
    private final long countedFrom;
    private final boolean hasDeadline;
    private final long deadline;
    private final long count;
    private final double rate;
    private final AtomicLong issued = new AtomicLong();
    private volatile boolean stopped;

    /**
     * @param warmup how long to run before counting, zero for no warm-up (a warm-up needs a duration)
     * @param duration how long to run after the warm-up, or null for no limit
     * @param count how many operations to start, or 0 for no limit
     * @param rate operations per second in all, or 0 for a closed loop
     */
    LoadSchedule(long startNanos, Duration warmup, Duration duration, long count, double rate, LongSupplier clock,
            LongConsumer park) {
        if (duration == null && count <= 0) {
            throw new IllegalArgumentException("a run needs a duration or a count");
        }
        if (!warmup.isZero() && (duration == null || count > 0)) {
            throw new IllegalArgumentException("a warm-up goes with a duration, not with a count");
        }
        this.clock = clock;
        this.park = park;
        this.start = startNanos;
        this.countedFrom = startNanos + warmup.toNanos();
        this.hasDeadline = duration != null;
        this.deadline = hasDeadline ? countedFrom + duration.toNanos() : 0;
        this.count = count > 0 ? count : Long.MAX_VALUE;
        this.rate = rate;
    }

    /** A schedule on the system's nano clock, starting now. */
    public static LoadSchedule startingNow(Duration warmup, Duration duration, long count, double rate) {
        return new LoadSchedule(System.nanoTime(), warmup, duration, count, rate, System::nanoTime,
                LockSupport::parkNanos);
    }

    public boolean openLoop() {
        return rate > 0;
    }

    /**
     * Takes the next operation: waits until it is due (open loop) and returns the time it was due, in the clock's
     * nanoseconds; {@link #OVER} when the run is over.
     */
    public long nextStart() {
        if (stopped) {
            return OVER;
        }
        long slot = issued.getAndIncrement();
        if (slot >= count) {
            return OVER;
        }
        if (!openLoop()) {
            long now = clock.getAsLong();
            return pastDeadline(now) ? OVER : now;
        }
        long due = start + (long) (slot * 1_000_000_000d / rate);
        if (pastDeadline(due)) {
            return OVER;
        }
        for (long wait = due - clock.getAsLong(); wait > 0 && !stopped; wait = due - clock.getAsLong()) {
            park.accept(wait);
        }
        return stopped ? OVER : due;
    }

    /** Whether no further operation will be handed out (the sessions finish what they are doing). */
    public boolean over() {
        return stopped || issued.get() >= count || pastDeadline(clock.getAsLong());
    }

    /** Ends the run early, e.g. on Ctrl-C. */
    public void stop() {
        stopped = true;
    }

    /** Whether the run was ended early by {@link #stop()}. */
    public boolean stopped() {
        return stopped;
    }

    /** Whether an operation due at {@code due} (as {@link #nextStart()} returned it) is past the warm-up. */
    public boolean counted(long due) {
        return due - countedFrom >= 0;
    }

    /** When the counted part of the run starts (its start, without a warm-up). */
    public long countedFromNanos() {
        return countedFrom;
    }

    private boolean pastDeadline(long nanos) {
        return hasDeadline && nanos - deadline >= 0;
    }
}
