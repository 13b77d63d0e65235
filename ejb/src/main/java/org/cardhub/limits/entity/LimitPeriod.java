package org.cardhub.limits.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * What a limit counts over: each single transaction, or everything within the local day, ISO week
 * (Monday to Sunday) or calendar month of the organisation's time zone.
 */
public enum LimitPeriod {

    TRANSACTION {
        @Override
        LocalDate firstDay(LocalDate date) {
            throw new IllegalStateException("A per-transaction limit has no time window");
        }

        @Override
        LocalDate firstDayAfter(LocalDate firstDay) {
            throw new IllegalStateException("A per-transaction limit has no time window");
        }
    },
    DAY {
        @Override
        LocalDate firstDay(LocalDate date) {
            return date;
        }

        @Override
        LocalDate firstDayAfter(LocalDate firstDay) {
            return firstDay.plusDays(1);
        }
    },
    WEEK {
        @Override
        LocalDate firstDay(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate firstDayAfter(LocalDate firstDay) {
            return firstDay.plusWeeks(1);
        }
    },
    MONTH {
        @Override
        LocalDate firstDay(LocalDate date) {
            return date.withDayOfMonth(1);
        }

        @Override
        LocalDate firstDayAfter(LocalDate firstDay) {
            return firstDay.plusMonths(1);
        }
    };

    /** False only for {@link #TRANSACTION}, which limits each operation on its own. */
    public boolean hasWindow() {
        return this != TRANSACTION;
    }

    /**
     * The window {@code [start, end)} of this period that contains {@code instant}, its bounds being
     * local midnights in {@code zone}. Days are 23 or 25 hours long where the clocks change.
     *
     * @throws IllegalStateException for {@link #TRANSACTION}
     */
    public PeriodWindow windowContaining(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        LocalDate first = firstDay(LocalDate.ofInstant(instant, zone));
        // atStartOfDay(zone), not atTime(MIDNIGHT): some zones skip midnight when the clocks go forward.
        return new PeriodWindow(first.atStartOfDay(zone).toInstant(), firstDayAfter(first).atStartOfDay(zone).toInstant());
    }

    abstract LocalDate firstDay(LocalDate date);

    abstract LocalDate firstDayAfter(LocalDate firstDay);
}
