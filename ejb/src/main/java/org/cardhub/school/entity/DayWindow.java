package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * School days from {@code first} to {@code last}, both included, as the instants they span on the wall clock of the
 * school's time zone (the contract's): a day is [its midnight, the next midnight) there, whatever the server's zone.
 */
public record DayWindow(LocalDate first, LocalDate last, ZoneId zone) implements Serializable {

    public DayWindow {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        Objects.requireNonNull(zone);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A window of days ends on or after its first day: " + first + " to " + last);
        }
    }

    public static DayWindow of(LocalDate date, ZoneId zone) {
        return new DayWindow(date, date, zone);
    }

    /** The school's date now. */
    public static LocalDate today(ZoneId zone, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The first day's midnight in the school's zone. */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The midnight after the last day, where the window ends (not included). */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The school's date of a moment. */
    public LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    }
}
