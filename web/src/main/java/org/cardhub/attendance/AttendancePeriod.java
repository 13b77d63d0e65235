package org.cardhub.attendance;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a register page shows, as its address says ({@code from=2026-12-07&to=2026-12-11}): one day, a school week
 * (Monday to Friday) or any other stretch of up to {@value #MOST_DAYS} days. Stepping back or forth moves a day to the
 * school day before or after it (over a weekend), a week or another stretch by its own length.
 */
public record AttendancePeriod(LocalDate from, LocalDate to) implements Serializable {

    /** The longest stretch a page shows: a month. */
    static final int MOST_DAYS = 31;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public AttendancePeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new IllegalArgumentException("A period of 1 to " + MOST_DAYS + " days: " + from + " to " + to);
        }
    }

    public static AttendancePeriod day(LocalDate date) {
        return new AttendancePeriod(date, date);
    }

    /** The school week (Monday to Friday) the date is in; a weekend's is the week before it. */
    public static AttendancePeriod weekOf(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new AttendancePeriod(monday, monday.plusDays(4));
    }

    /**
     * The period of an address: both dates given and making a period, that one; only {@code from}, that day; anything
     * else (nothing, a malformed date, a reversed or too long stretch) the school week of {@code today}.
     */
    public static AttendancePeriod of(String from, String to, LocalDate today) {
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first != null && last == null && (to == null || to.isBlank())) {
            return day(first);
        }
        if (first == null || last == null || last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MOST_DAYS) {
            return weekOf(today);
        }
        return new AttendancePeriod(first, last);
    }

    public boolean isDay() {
        return from.equals(to);
    }

    /** Monday to Friday of one week. */
    public boolean isWeek() {
        return from.getDayOfWeek() == DayOfWeek.MONDAY && to.equals(from.plusDays(4));
    }

    public int length() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The same kind of period just before: the school day before, the week before, or as many days before. */
    public AttendancePeriod previous() {
        if (isDay()) {
            LocalDate before = from.minusDays(1);
            while (weekend(before)) {
                before = before.minusDays(1);
            }
            return day(before);
        }
        int step = isWeek() ? 7 : length();
        return new AttendancePeriod(from.minusDays(step), to.minusDays(step));
    }

    /** The same kind of period just after. */
    public AttendancePeriod next() {
        if (isDay()) {
            LocalDate after = from.plusDays(1);
            while (weekend(after)) {
                after = after.plusDays(1);
            }
            return day(after);
        }
        int step = isWeek() ? 7 : length();
        return new AttendancePeriod(from.plusDays(step), to.plusDays(step));
    }

    /** «07.12.2026» or «07.12.2026–11.12.2026». */
    public String text() {
        return isDay() ? DATE.format(from) : DATE.format(from) + "–" + DATE.format(to);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
