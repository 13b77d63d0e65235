package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A school's counts over a period as the database summed them (entries by day and class, canteen sales by day, class
 * and kind) and what they come to for the whole school or one class. A school day is a day anybody of the school came
 * through its turnstiles, whichever class is looked at: a class away on a trip is absent, a Sunday is nobody's day.
 */
public final class SchoolFigures {

    private static final Amount NOTHING = Amount.zero(Currency.RUB);

    private final List<DashboardClass> classes;
    private final List<AttendanceCount> attendance;
    private final List<CanteenCount> canteen;
    private final Map<LocalDate, List<AttendanceCount>> attendanceByDay;
    private final Map<LocalDate, List<CanteenCount>> canteenByDay;
    private final DashboardPeriod period;
    private final Set<LocalDate> schoolDays;

    public SchoolFigures(List<DashboardClass> classes, List<AttendanceCount> attendance, List<CanteenCount> canteen,
                         DashboardPeriod period) {
        this.classes = List.copyOf(classes);
        this.attendance = List.copyOf(attendance);
        this.canteen = List.copyOf(canteen);
        this.attendanceByDay = this.attendance.stream().collect(Collectors.groupingBy(AttendanceCount::date));
        this.canteenByDay = this.canteen.stream().collect(Collectors.groupingBy(CanteenCount::date));
        this.period = period;
        this.schoolDays = attendance.stream().filter(count -> count.present() > 0).map(AttendanceCount::date)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Each day of the period for one class, or for the whole school when {@code classId} is null. */
    public List<DayFigures> days(Long classId) {
        long pupils = pupils(classId);
        return period.days().stream().map(date -> {
            List<AttendanceCount> came = attendanceByDay.getOrDefault(date, List.of()).stream()
                    .filter(count -> in(classId).test(count.classId())).toList();
            List<CanteenCount> sold = canteenByDay.getOrDefault(date, List.of()).stream()
                    .filter(count -> in(classId).test(count.classId())).toList();
            return new DayFigures(date, schoolDays.contains(date), pupils,
                    came.stream().mapToLong(AttendanceCount::present).sum(), came.stream().mapToLong(AttendanceCount::late).sum(),
                    sales(sold, false), sales(sold, true), money(sold, false), money(sold, true));
        }).toList();
    }

    /** Every class of the school over the whole period, in the classes' order. */
    public List<ClassFigures> byClass() {
        long days = schoolDays.stream().filter(period::contains).count();
        return classes.stream().map(schoolClass -> {
            List<AttendanceCount> came = attendance.stream().filter(count -> count.classId() == schoolClass.id()).toList();
            List<CanteenCount> sold = canteen.stream().filter(count -> Long.valueOf(schoolClass.id()).equals(count.classId())).toList();
            return new ClassFigures(schoolClass, days, came.stream().mapToLong(AttendanceCount::present).sum(),
                    came.stream().mapToLong(AttendanceCount::late).sum(), sales(sold, false), sales(sold, true),
                    money(sold, false).plus(money(sold, true)));
        }).toList();
    }

    /** Everything the canteen sold to the cards looked at (with the whole school, the staff's cards in no class too). */
    public Amount revenue(Long classId) {
        List<CanteenCount> sold = canteen.stream().filter(count -> in(classId).test(count.classId())).toList();
        return money(sold, false).plus(money(sold, true));
    }

    /** What the pupils looked at spent (the cards in a class), shared over {@code eaters} and over all of them. */
    public Spending spending(Long classId, long eaters) {
        List<CanteenCount> sold = canteen.stream()
                .filter(count -> count.classId() != null && in(classId).test(count.classId())).toList();
        return new Spending(money(sold, false).plus(money(sold, true)), eaters, pupils(classId));
    }

    /** The pupils of the class, or of every class of the school. */
    public long pupils(Long classId) {
        return classes.stream().filter(schoolClass -> classId == null || schoolClass.id() == classId)
                .mapToLong(DashboardClass::pupils).sum();
    }

    /** Counts of the class looked at, or of every class (and no class) when none is. */
    private static Predicate<Long> in(Long classId) {
        return id -> classId == null || classId.equals(id);
    }

    private static long sales(List<CanteenCount> counts, boolean free) {
        return counts.stream().filter(count -> count.free() == free).mapToLong(CanteenCount::sales).sum();
    }

    private static Amount money(List<CanteenCount> counts, boolean free) {
        return Amount.ofMinorUnits(counts.stream().filter(count -> count.free() == free).mapToLong(CanteenCount::amountMinor).sum(),
                Currency.RUB);
    }
}
