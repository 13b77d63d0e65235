package org.cardhub.meals.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Stream;

/**
 * The days of a canteen's sales report, first and last included, in the school's time zone: a day, a week (Monday to
 * Sunday), a month or any run of days up to a year.
 */
public record SalesPeriod(LocalDate from, LocalDate to) implements Serializable {

    /** A year, a leap one included: the longest period one statement reads. */
    public static final int MAX_DAYS = 366;

    public SalesPeriod {
        if (from == null || to == null) {
            throw new InvalidSalesPeriodException(InvalidSalesPeriodException.Code.PERIOD_MISSING, "A period has a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidSalesPeriodException(InvalidSalesPeriodException.Code.PERIOD_REVERSED,
                    "The period ends on " + to + ", before it begins on " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidSalesPeriodException(InvalidSalesPeriodException.Code.PERIOD_TOO_LONG,
                    "A report covers at most " + MAX_DAYS + " days, not " + from + " to " + to);
        }
    }

    public static SalesPeriod day(LocalDate day) {
        return new SalesPeriod(day, day);
    }

    /** The week, Monday to Sunday, that the day is in. */
    public static SalesPeriod weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new SalesPeriod(monday, monday.plusDays(6));
    }

    public static SalesPeriod month(YearMonth month) {
        return new SalesPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Stream<LocalDate> eachDay() {
        return from.datesUntil(to.plusDays(1));
    }

    /** When its first day began in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** When its last day ended in {@code zone}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
