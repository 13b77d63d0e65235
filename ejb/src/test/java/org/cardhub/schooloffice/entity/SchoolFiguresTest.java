package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the database's counts come to: days with and without school, absences, a class or the whole school (the staff's
 * purchases in no class counted in the revenue, not in what pupils spent), each class over the period, averages.
 */
class SchoolFiguresTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final DashboardClass FIVE_A = new DashboardClass(1, "5А", 20);
    private static final DashboardClass FIVE_B = new DashboardClass(2, "5Б", 10);

    private final SchoolFigures figures = new SchoolFigures(List.of(FIVE_A, FIVE_B),
            List.of(new AttendanceCount(MONDAY, 1, 18, 3), new AttendanceCount(MONDAY, 2, 9, 0),
                    new AttendanceCount(TUESDAY, 1, 19, 1)),
            List.of(new CanteenCount(MONDAY, 1L, false, 15, 105_000), new CanteenCount(MONDAY, 1L, true, 3, 21_000),
                    new CanteenCount(MONDAY, 2L, false, 8, 56_000), new CanteenCount(MONDAY, null, false, 2, 30_000),
                    new CanteenCount(TUESDAY, 1L, false, 16, 112_000)),
            new DashboardPeriod(MONDAY, WEDNESDAY));

    @Test
    void theSchoolsDaysCountEveryClassAndADayNobodyCameHasNoAbsences() {
        List<DayFigures> days = figures.days(null);

        assertThat(days).extracting(DayFigures::date, DayFigures::schoolDay, DayFigures::present, DayFigures::late,
                        DayFigures::absent, DayFigures::paidMeals, DayFigures::freeMeals)
                .containsExactly(tuple(MONDAY, true, 27L, 3L, 3L, 25L, 3L), tuple(TUESDAY, true, 19L, 1L, 11L, 16L, 0L),
                        tuple(WEDNESDAY, false, 0L, 0L, 0L, 0L, 0L));
        assertThat(days.get(0).paid()).isEqualTo(rub(191_000));
        assertThat(days.get(0).free()).isEqualTo(rub(21_000));
        assertThat(days.get(0).revenue()).isEqualTo(rub(212_000));
        assertThat(days.get(0).onTime()).isEqualTo(24);
        assertThat(days.get(0).presentPercent()).contains(90);
        assertThat(days.get(2).presentPercent()).isEmpty();
    }

    @Test
    void aClassAwayOnASchoolDayIsAbsentWholly() {
        List<DayFigures> days = figures.days(2L);

        assertThat(days).extracting(DayFigures::schoolDay, DayFigures::present, DayFigures::absent)
                .containsExactly(tuple(true, 9L, 1L), tuple(true, 0L, 10L), tuple(false, 0L, 0L));
        assertThat(days.get(1).presentPercent()).contains(0);
    }

    @Test
    void eachClassOverThePeriodHasItsPupilDaysAndMeals() {
        assertThat(figures.byClass()).extracting(ClassFigures::schoolClass, ClassFigures::expected, ClassFigures::present,
                        ClassFigures::late, ClassFigures::absent, ClassFigures::paidMeals, ClassFigures::freeMeals,
                        ClassFigures::revenue)
                .containsExactly(tuple(FIVE_A, 40L, 37L, 4L, 3L, 31L, 3L, rub(238_000)),
                        tuple(FIVE_B, 20L, 9L, 0L, 11L, 8L, 0L, rub(56_000)));
        assertThat(figures.byClass().get(0).presentPercent()).contains(93);
    }

    @Test
    void theRevenueOfTheSchoolHasTheStaffsPurchasesWhatPupilsSpentHasNot() {
        assertThat(figures.revenue(null)).isEqualTo(rub(324_000));
        assertThat(figures.revenue(1L)).isEqualTo(rub(238_000));
        Spending school = figures.spending(null, 25);
        assertThat(school.spent()).isEqualTo(rub(294_000));
        assertThat(school.perEater()).contains(rub(11_760));
        assertThat(school.perPupil()).contains(rub(9_800));
        assertThat(figures.pupils(null)).isEqualTo(30);
        assertThat(figures.pupils(2L)).isEqualTo(10);
    }

    @Test
    void averagesRoundHalfUpToTheKopeckAndThereIsNoneOverNobody() {
        assertThat(new Spending(rub(1_000), 3, 6).perEater()).contains(rub(333));
        assertThat(new Spending(rub(1_000), 3, 6).perPupil()).contains(rub(167));
        assertThat(new Spending(rub(0), 0, 0).perEater()).isEmpty();
        assertThat(new Spending(rub(0), 0, 0).perPupil()).isEmpty();
        assertThat(new Spending(rub(5_000), 0, 25).perEater()).isEqualTo(Optional.empty());
    }

    @Test
    void aSchoolWithoutPupilsHasDaysOfNothingAndNoPercentages() {
        SchoolFigures empty = new SchoolFigures(List.of(), List.of(), List.of(), new DashboardPeriod(MONDAY, MONDAY));

        assertThat(empty.days(null)).singleElement().satisfies(day -> {
            assertThat(day.pupils()).isZero();
            assertThat(day.absent()).isZero();
            assertThat(day.revenue()).isEqualTo(rub(0));
            assertThat(day.presentPercent()).isEmpty();
        });
        assertThat(empty.byClass()).isEmpty();
        assertThat(new TodayFigures(empty.days(null).get(0), 0, 0).presentPercent()).isEmpty();
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
