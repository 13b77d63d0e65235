package org.cardhub.terminals.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * How many refusals of messages nobody signed (unknown terminal, wrong signature, oversized) are written down: at
 * most {@link #PER_MINUTE} a minute, so that whoever can reach the broker cannot fill the database with them. The
 * rest are answered all the same, counted, and told in one log line a minute.
 */
@ApplicationScoped
public class UnauthenticatedRejections {

    public static final int PER_MINUTE = 120;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(UnauthenticatedRejections.class.getName());

    private final Clock clock;
    private Instant windowStart = Instant.EPOCH;
    private int recorded;
    private int dropped;

    public UnauthenticatedRejections() {
        this(Clock.systemUTC());
    }

    UnauthenticatedRejections(Clock clock) {
        this.clock = clock;
    }

    /** Whether this refusal may be recorded. */
    public synchronized boolean mayRecord() {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(WINDOW))) {
            if (dropped > 0) {
                LOG.warning(dropped + " refusals of unsigned terminal messages were not recorded in the minute from "
                        + windowStart + " (at most " + PER_MINUTE + " a minute are)");
            }
            windowStart = now;
            recorded = 0;
            dropped = 0;
        }
        if (recorded < PER_MINUTE) {
            recorded++;
            return true;
        }
        dropped++;
        return false;
    }
}
