package org.cardhub.meals.entity;

import org.cardhub.school.entity.SchoolRef;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** A school's menus of one school week, Monday to Friday, as the supplier's page shows them; {@code today} is the school's. */
public record MenuWeek(SchoolRef school, LocalDate monday, LocalDate today, List<MenuView> days) {

    public static final int SCHOOL_DAYS = 5;

    public MenuWeek {
        days = List.copyOf(days);
    }

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week a supplier plans when they name none: this one, or the next at the weekend. */
    public static LocalDate plannedWeek(LocalDate today) {
        return today.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? mondayOf(today).plusWeeks(1) : mondayOf(today);
    }

    public static List<LocalDate> schoolDays(LocalDate monday) {
        return Stream.iterate(monday, day -> day.plusDays(1)).limit(SCHOOL_DAYS).toList();
    }

    public LocalDate friday() {
        return monday.plusDays(SCHOOL_DAYS - 1L);
    }
}
