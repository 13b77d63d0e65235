package org.cardhub.schooloffice.entity;

import org.cardhub.school.entity.DayWindow;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.cardhub.schooloffice.entity.InvalidDashboardRequestException.Code.PERIOD_IN_FUTURE;
import static org.cardhub.schooloffice.entity.InvalidDashboardRequestException.Code.PERIOD_REVERSED;
import static org.cardhub.schooloffice.entity.InvalidDashboardRequestException.Code.PERIOD_TOO_LONG;

/**
 * The school days a dashboard sums, {@code from} to {@code to} both included, in the school's time zone: never past
 * the school's today (what has not happened has no figures) and at most {@value #LONGEST_DAYS} days.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) implements Serializable {

    public static final int LONGEST_DAYS = 366;

    public DashboardPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidDashboardRequestException(PERIOD_REVERSED, "A period ends on or after its first day: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_DAYS) {
            throw new InvalidDashboardRequestException(PERIOD_TOO_LONG, "A period is at most " + LONGEST_DAYS + " days: " + from
                    + " to " + to);
        }
    }

    /** The preset's days as of the school's {@code today}; {@link PeriodPreset#CUSTOM} has none of its own: this month. */
    public static DashboardPeriod of(PeriodPreset preset, LocalDate today) {
        return switch (preset) {
            case TODAY -> new DashboardPeriod(today, today);
            case WEEK -> new DashboardPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case MONTH, CUSTOM -> new DashboardPeriod(today.withDayOfMonth(1), today);
        };
    }

    /**
     * A director's own days: a missing end is today, a missing start the end's month's first day; an end past today is
     * today. Refused when it starts after today, ends before it starts or is too long.
     */
    public static DashboardPeriod between(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null || to.isAfter(today) ? today : to;
        LocalDate first = from == null ? last.withDayOfMonth(1) : from;
        if (first.isAfter(today)) {
            throw new InvalidDashboardRequestException(PERIOD_IN_FUTURE, "The period starts after today, " + today + ": " + first);
        }
        return new DashboardPeriod(first, last);
    }

    /** Which preset these days are as of {@code today}; {@link PeriodPreset#CUSTOM} when none. */
    public PeriodPreset presetOn(LocalDate today) {
        return Stream.of(PeriodPreset.TODAY, PeriodPreset.WEEK, PeriodPreset.MONTH)
                .filter(preset -> of(preset, today).equals(this)).findFirst().orElse(PeriodPreset.CUSTOM);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The instants the period spans in the school's zone: the UTC bounds its queries read between. */
    public DayWindow window(ZoneId zone) {
        return new DayWindow(from, to, zone);
    }
}
