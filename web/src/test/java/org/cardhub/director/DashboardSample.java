package org.cardhub.director;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schooloffice.entity.AttendanceCount;
import org.cardhub.schooloffice.entity.CanteenCount;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DashboardClass;
import org.cardhub.schooloffice.entity.DashboardPeriod;
import org.cardhub.schooloffice.entity.DashboardSchool;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;
import org.cardhub.schooloffice.entity.SchoolFigures;
import org.cardhub.schooloffice.entity.TodayFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A school's dashboard for the page's tests: Школа № 7 (Vladivostok), 5А of 20 and 5Б of 10 pupils, Monday and Tuesday
 * at school, Wednesday (today) nobody yet, the canteen selling on Monday and Tuesday, the staff's buffet too.
 */
final class DashboardSample {

    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final DashboardClass FIVE_A = new DashboardClass(1, "5А", 20);
    static final DashboardClass FIVE_B = new DashboardClass(2, "5Б", 10);

    private DashboardSample() {
    }

    static Dashboard dashboard() {
        DashboardPeriod period = new DashboardPeriod(MONDAY, WEDNESDAY);
        SchoolFigures figures = new SchoolFigures(List.of(FIVE_A, FIVE_B),
                List.of(new AttendanceCount(MONDAY, 1, 18, 3), new AttendanceCount(MONDAY, 2, 9, 0),
                        new AttendanceCount(TUESDAY, 1, 19, 1)),
                List.of(new CanteenCount(MONDAY, 1L, false, 15, 105_000), new CanteenCount(MONDAY, 1L, true, 3, 21_000),
                        new CanteenCount(MONDAY, 2L, false, 8, 56_000), new CanteenCount(MONDAY, null, false, 2, 30_000),
                        new CanteenCount(TUESDAY, 1L, false, 16, 112_000)),
                period);
        return new Dashboard(new DashboardSchool(7, "Школа № 7", VLADIVOSTOK), List.of(FIVE_A, FIVE_B), null, period, WEDNESDAY,
                new TodayFigures(figures.days(null).get(2), 30, 0), figures.days(null), figures.byClass(), figures.revenue(null),
                figures.spending(null, 25));
    }

    static List<PupilWithoutMeal> withoutMeal() {
        return List.of(new PupilWithoutMeal(11, "Петров Иван", "5А", Instant.parse("2026-12-08T22:05:00Z")),
                new PupilWithoutMeal(12, "Сидоров Пётр", "5Б", null));
    }

    static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
