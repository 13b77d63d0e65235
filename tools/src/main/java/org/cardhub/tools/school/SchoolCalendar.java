package org.cardhub.tools.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * The days a school works, on its own calendar: Monday to Friday, not in the summer holidays (June to August), not in
 * the New Year holidays (31 December to 8 January), not on the other public holidays.
 */
final class SchoolCalendar {

    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1),
            MonthDay.of(5, 9), MonthDay.of(11, 4));

    private SchoolCalendar() {
    }

    static boolean isSchoolDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        Month month = day.getMonth();
        if (month == Month.JUNE || month == Month.JULY || month == Month.AUGUST) {
            return false;
        }
        boolean newYear = (month == Month.DECEMBER && day.getDayOfMonth() == 31)
                || (month == Month.JANUARY && day.getDayOfMonth() <= 8);
        return !newYear && !HOLIDAYS.contains(MonthDay.from(day));
    }

    /** The school days among the {@code days} days before {@code today}, oldest first; never today. */
    static List<LocalDate> schoolDaysBefore(LocalDate today, int days) {
        return today.minusDays(days).datesUntil(today).filter(SchoolCalendar::isSchoolDay).toList();
    }
}
