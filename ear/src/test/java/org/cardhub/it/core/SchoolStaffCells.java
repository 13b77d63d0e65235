package org.cardhub.it.core;

import org.cardhub.it.core.MatrixSchools.Side;
import org.cardhub.it.core.SchoolStaffAccessMatrixIT.Who;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.schooloffice.entity.ClassPupil;
import org.cardhub.schooloffice.entity.DashboardSchool;
import org.cardhub.schooloffice.entity.IssuedCodes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

import static org.cardhub.it.core.SchoolStaffAccessMatrixIT.Who.BACK_OFFICE;
import static org.cardhub.it.core.SchoolStaffAccessMatrixIT.Who.CANTEEN;
import static org.cardhub.it.core.SchoolStaffAccessMatrixIT.Who.DIRECTOR;
import static org.cardhub.it.core.SchoolStaffAccessMatrixIT.Who.TEACHER;

/**
 * The table of the staff's access matrix ({@link SchoolStaffAccessMatrixIT}): each read and action of the staff
 * boundaries on each object, with the people who reach it, named by their place at school A ({@link Who#at} gives
 * school B's people in those places). The school's objects and its led class (5А at A, 7В at B) are in both schools'
 * cells; A's 6Б, which nobody leads, and a class of one school asked of the other are cells of their own.
 */
final class SchoolStaffCells {

    /**
     * One read or action on one object: who reaches it, whether it writes, and the call — its input made (as the back
     * office) for each person anew, so that it would succeed for anyone allowed.
     */
    record Cell(String name, Set<Who> reachedBy, boolean writes, Callable<Callable<?>> prepared) {
    }

    /** What a list returned: whether the cell's object is in it; not listed is the list's way to refuse. */
    record Listed(boolean found) {

        static <T> Callable<Listed> in(Callable<? extends List<T>> list, ToLongFunction<T> id, long wanted) {
            return () -> new Listed(list.call().stream().anyMatch(item -> id.applyAsLong(item) == wanted));
        }
    }

    private final SchoolStaffAccessMatrixIT it;

    SchoolStaffCells(SchoolStaffAccessMatrixIT it) {
        this.it = it;
    }

    List<Cell> of(Side a, Side b) {
        List<Cell> cells = new ArrayList<>();
        for (Side side : List.of(a, b)) {
            cells.addAll(ofTheSchool(side));
            cells.addAll(ofAClass(side, side.led(), side.name().equals("A") ? "teacher" : "teacher2",
                    Who.at(side, TEACHER, DIRECTOR, CANTEEN, BACK_OFFICE)));
        }
        cells.addAll(ofAClass(a, "6Б", null, Who.at(a, DIRECTOR, CANTEEN, BACK_OFFICE)));
        cells.addAll(ofAnotherSchool(a, b));
        cells.addAll(ofAnotherSchool(b, a));
        return cells;
    }

    private List<Cell> ofTheSchool(Side s) {
        long id = s.id();
        LocalDate today = s.today();
        Set<Who> staff = Who.at(s, TEACHER, DIRECTOR, CANTEEN, BACK_OFFICE);
        Set<Who> teaching = Who.at(s, TEACHER, DIRECTOR, BACK_OFFICE);
        Set<Who> supplying = Who.at(s, CANTEEN, BACK_OFFICE);
        Set<Who> selling = Who.at(s, CANTEEN, DIRECTOR, BACK_OFFICE);
        Set<Who> leading = Who.at(s, DIRECTOR, BACK_OFFICE);
        String of = " of school " + s.name();
        return List.of(
                listed("StaffDirectory.mySchools lists school " + s.name(), staff, it.directory::mySchools, SchoolRef::id, id),
                read("StaffDirectory.requireSchool" + of, staff, () -> it.directory.requireSchool(id)),
                read("StaffDirectory.myClasses" + of, staff, () -> it.directory.myClasses(id)),
                read("StaffDirectory.pupilsOfSchool" + of, staff, () -> it.directory.pupilsOfSchool(id)),
                read("StaffDirectory.supplierOf" + of, staff, () -> it.directory.supplierOf(id)),
                read("StaffDirectory.hoursOf" + of, staff, () -> it.directory.hoursOf(id)),

                read("ClassAttendance.dailyCounts of every class" + of, teaching,
                        () -> it.attendance.dailyCounts(id, null, today.minusDays(6), today)),

                listed("GroupMeals.today lists today's group meal" + of, supplying, it.groupMeals::today, GroupMealSummary::id,
                        s.mealToday()),

                listed("MenuDesk.mySchools lists school " + s.name(), supplying, it.menus::mySchools, SchoolRef::id, id),
                listed("MenuDesk.today lists school " + s.name(), supplying, it.menus::today, menu -> menu.school().id(), id),
                read("MenuDesk.week" + of, supplying, () -> it.menus.week(id, s.menuDay())),
                read("MenuDesk.day" + of, supplying, () -> it.menus.day(id, s.menuDay())),
                write("MenuDesk.save" + of, supplying, () -> {
                    Long version = it.backOffice.call(() -> it.matrix.menuVersion(id, s.saveDay()));
                    return () -> it.menus.save(id, s.saveDay(), List.of(MatrixSchools.dish("Борщ", "60")), version);
                }),
                write("MenuDesk.publish" + of, supplying, () -> {
                    it.backOffice.run(() -> it.matrix.menuPublished(id, s.menuDay(), false));
                    return () -> it.menus.publish(id, s.menuDay());
                }),
                write("MenuDesk.unpublish" + of, supplying, () -> {
                    it.backOffice.run(() -> it.matrix.menuPublished(id, s.menuDay(), true));
                    return () -> it.menus.unpublish(id, s.menuDay());
                }),
                write("MenuDesk.copyWeek" + of, supplying, () -> () -> it.menus.copyWeek(id, s.menuDay(), s.copyDay(), true)),

                listed("CanteenSales.schools lists school " + s.name(), selling, it.sales::schools, SchoolRef::id, id),
                read("CanteenSales.report" + of, selling, () -> it.sales.report(id, today.minusDays(1), today)),
                read("SupplierSettlements.statement" + of, selling, () -> it.settlements.statement(id, YearMonth.from(today))),

                listed("SchoolDashboard.mySchools lists school " + s.name(), leading, it.dashboards::mySchools,
                        DashboardSchool::id, id),
                read("SchoolDashboard.dashboard" + of, leading, () -> it.dashboards.dashboard(id, null, null, null)),
                read("SchoolDashboard.withoutMealCount" + of, leading, () -> it.dashboards.withoutMealCount(id, null, false)),
                read("SchoolDashboard.withoutMeal" + of, leading, () -> it.dashboards.withoutMeal(id, null, false, 0, 20)),

                read("PupilImports.preview" + of, leading, () -> it.imports.preview(id, MatrixSchools.memberOfStaff())),
                write("PupilImports.apply" + of, leading, () -> {
                    byte[] file = MatrixSchools.memberOfStaff();
                    return () -> it.imports.apply(id, "matrix.csv", file, percent -> { });
                }),
                read("PupilImports.history" + of, leading, () -> it.imports.history(id, 0, 10)),
                read("PupilImports.historyCount" + of, leading, () -> it.imports.historyCount(id)),
                read("PupilImports.printableList of an import" + of, leading,
                        () -> it.imports.printableList(s.importId(), new IssuedCodes(s.importId(), Map.of()))),
                write("PupilImports.issueNewCodes of an import" + of, leading, () -> () -> it.imports.issueNewCodes(s.importId())),
                read("ClassRegister.classes" + of, leading, () -> it.register.classes(id)),
                read("ClassRegister.teachers" + of, leading, () -> it.register.teachers(id)),
                read("ClassRegister.pupils" + of, leading, () -> it.register.pupils(id, null, null, 0, 20)),
                read("ClassRegister.countPupils" + of, leading, () -> it.register.countPupils(id, null, null)),
                write("ClassRegister.create" + of, leading, () -> {
                    String name = MatrixSchools.newClassName();
                    return () -> it.register.create(id, name);
                }));
    }

    /**
     * A class of the school, reached by {@code classStaff} (its teacher, if it has one, the school's director and
     * canteen supplier, the back office); what only some of them do is narrowed from there.
     */
    private List<Cell> ofAClass(Side s, String className, String itsTeacher, Set<Who> classStaff) {
        long school = s.id();
        long id = s.classId(className);
        LocalDate today = s.today();
        Set<Who> teaching = without(classStaff, CANTEEN);
        Set<Who> supplying = only(classStaff, CANTEEN, BACK_OFFICE);
        Set<Who> leading = only(classStaff, DIRECTOR, BACK_OFFICE);
        String of = " of " + className;
        return List.of(
                read("StaffDirectory.requireClass" + of, classStaff, () -> it.directory.requireClass(id)),
                read("StaffDirectory.pupilsOf" + of, classStaff, () -> it.directory.pupilsOf(id)),
                read("StaffDirectory.requirePupil" + of, classStaff, () -> it.directory.requirePupil(s.pupilOf(className))),

                read("ClassAttendance.sheet" + of, teaching, () -> it.attendance.sheet(id, today.minusDays(6), today)),
                read("ClassAttendance.today" + of, teaching, () -> it.attendance.today(id)),
                read("ClassAttendance.dailyCounts" + of, teaching, () -> it.attendance.dailyCounts(school, id, today, today)),

                read("GroupMeals.day" + of, teaching, () -> it.groupMeals.day(id, null)),
                read("GroupMeals.ofClass" + of, classStaff, () -> it.groupMeals.ofClass(id)),
                write("GroupMeals.order" + of, teaching, () -> {
                    String request = UUID.randomUUID().toString();
                    return () -> it.groupMeals.order(id, s.tomorrow(), Map.of(s.dishTomorrow(), 1), null, request);
                }),
                write("GroupMeals.cancel a meal" + of, teaching, () -> {
                    long meal = it.backOffice.call(() -> it.matrix.meal(id, s.tomorrow(), s.dishTomorrow()));
                    return () -> it.groupMeals.cancel(meal);
                }),
                write("GroupMeals.markServed today's meal" + of, supplying, () -> {
                    long meal = it.backOffice.call(() -> it.matrix.meal(id, today, s.dishToday()));
                    return () -> it.groupMeals.markServed(meal);
                }),

                read("SchoolDashboard.dashboard" + of, leading, () -> it.dashboards.dashboard(school, id, null, null)),
                read("SchoolDashboard.withoutMeal" + of, leading, () -> it.dashboards.withoutMeal(school, id, false, 0, 20)),

                read("ClassRegister.pupils" + of, leading, () -> it.register.pupils(school, id, null, 0, 20)),
                write("ClassRegister.assignTeacher" + of + " to its own teacher", leading, () -> () -> {
                    it.register.assignTeacher(id, itsTeacher);
                    return null;
                }));
    }

    /** A class of school {@code other} asked of school {@code s}: nobody, not even the back office, gets it there. */
    private List<Cell> ofAnotherSchool(Side s, Side other) {
        long school = s.id();
        long id = other.ledClass();
        LocalDate today = s.today();
        Set<Who> nobody = Set.of();
        String of = "(school " + s.name() + ", " + other.led() + ")";
        return List.of(
                read("ClassAttendance.dailyCounts" + of, nobody, () -> it.attendance.dailyCounts(school, id, today, today)),
                read("SchoolDashboard.dashboard" + of, nobody, () -> it.dashboards.dashboard(school, id, null, null)),
                read("SchoolDashboard.withoutMeal" + of, nobody, () -> it.dashboards.withoutMeal(school, id, false, 0, 20)),
                listed("ClassRegister.pupils lists the pupil" + of, nobody, () -> it.register.pupils(school, id, null, 0, 20),
                        ClassPupil::cardId, other.pupilOf(other.led())));
    }

    private static Cell read(String name, Set<Who> reachedBy, Callable<?> call) {
        return new Cell(name, reachedBy, false, () -> call);
    }

    private static Cell write(String name, Set<Who> reachedBy, Callable<Callable<?>> prepared) {
        return new Cell(name, reachedBy, true, prepared);
    }

    private static <T> Cell listed(String name, Set<Who> reachedBy, Callable<List<T>> list, ToLongFunction<T> id, long wanted) {
        return read(name, reachedBy, Listed.in(list, id, wanted));
    }

    /** The people of {@code among} whose place at their school is one of {@code placesAtA}'s. */
    private static Set<Who> only(Set<Who> among, Who... placesAtA) {
        Set<Who> kept = new HashSet<>();
        for (Who who : among) {
            for (Who place : placesAtA) {
                if (who == place || who == place.atB()) {
                    kept.add(who);
                }
            }
        }
        return kept;
    }

    private static Set<Who> without(Set<Who> among, Who placeAtA) {
        Set<Who> kept = new HashSet<>(among);
        kept.remove(placeAtA);
        kept.remove(placeAtA.atB());
        return kept;
    }
}
