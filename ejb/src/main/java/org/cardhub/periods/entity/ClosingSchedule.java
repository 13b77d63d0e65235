package org.cardhub.periods.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a contract's month is closed by itself: once the month has ended in the contract's time zone and the grace
 * period after its end has passed, in which late completions and forwarded offline purchases still post into it. The
 * grace is never shorter than the life of an authorisation: a hold placed at 23:59 on the last day may be completed
 * until it expires, and that completion belongs to the month.
 */
public record ClosingSchedule(Duration grace) {

    public ClosingSchedule {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("A grace period cannot be negative: " + grace);
        }
    }

    /** The configured grace, or the life of a hold when that is longer. */
    public static ClosingSchedule of(Duration configuredGrace, Duration holdLife) {
        return new ClosingSchedule(configuredGrace.compareTo(holdLife) >= 0 ? configuredGrace : holdLife);
    }

    /** The first moment after the month in {@code zone}: midnight starting the next month's first day there. */
    public static Instant endOf(YearMonth month, ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the month is over in {@code zone} at {@code now}: the back office may close it by hand from then on. */
    public static boolean hasEnded(YearMonth month, Instant now, ZoneId zone) {
        return !now.isBefore(endOf(month, zone));
    }

    /** Whether the month is due to be closed by itself: its end in {@code zone} and the grace after it have passed. */
    public boolean isDue(YearMonth month, Instant now, ZoneId zone) {
        return !now.isBefore(endOf(month, zone).plus(grace));
    }

    /** The latest month that is due in {@code zone} at {@code now}; every month before it is due too. */
    public YearMonth lastDue(Instant now, ZoneId zone) {
        return YearMonth.from(now.minus(grace).atZone(zone)).minusMonths(1);
    }
}
