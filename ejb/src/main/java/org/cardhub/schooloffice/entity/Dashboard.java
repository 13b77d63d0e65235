package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A school's dashboard for a period and the pupils looked at ({@code chosenClass}, or the whole school when null):
 * today, each day of the period, each class over the period, the canteen's revenue and what a pupil spent on average.
 */
public record Dashboard(DashboardSchool school, List<DashboardClass> classes, DashboardClass chosenClass,
                        DashboardPeriod period, LocalDate today, TodayFigures todayFigures, List<DayFigures> days,
                        List<ClassFigures> byClass, Amount revenue, Spending spending) implements Serializable {

    public Dashboard {
        classes = List.copyOf(classes);
        days = List.copyOf(days);
        byClass = List.copyOf(byClass);
    }

    public PeriodPreset preset() {
        return period.presetOn(today);
    }

    public long pupils() {
        return chosenClass == null ? classes.stream().mapToLong(DashboardClass::pupils).sum() : chosenClass.pupils();
    }

    /** Whether anybody came through the turnstiles in the period. */
    public boolean hasAttendance() {
        return days.stream().anyMatch(DayFigures::schoolDay);
    }

    /** Whether the canteen sold anything to the pupils looked at in the period. */
    public boolean hasMeals() {
        return days.stream().anyMatch(day -> day.meals() > 0);
    }

    /** Whether the school has no classes with pupils yet: nothing a dashboard could count. */
    public boolean hasNoPupils() {
        return pupils() == 0;
    }
}
