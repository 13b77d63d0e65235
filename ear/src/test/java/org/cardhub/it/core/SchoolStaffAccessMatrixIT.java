package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.it.core.MatrixSchools.Side;
import org.cardhub.it.core.SchoolStaffCells.Cell;
import org.cardhub.it.core.SchoolStaffCells.Listed;
import org.cardhub.meals.boundary.CanteenSales;
import org.cardhub.meals.boundary.GroupMeals;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.boundary.SupplierSettlements;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.ClassAttendance;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.schooloffice.boundary.ClassRegister;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.boundary.SchoolDashboard;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school staff's access matrix: every member of staff × every object of two schools × every read and action of the
 * staff cabinets. A teacher reaches only the classes they lead (their attendance and group meals), a director their own
 * school (attendance, group meals, dashboard, classes, import, the canteen's sales and statement; not its menus), the
 * canteen supplier's people the schools their organisation supplies (menus, sales, settlements, group meals to read and
 * mark served; not attendance, dashboard or import), the back office everything, and the people of school B nothing of
 * school A. Each refused cell is refused as unknown — the same answer whether the object exists or not — or by role,
 * and a refused write changes none of the schools' rows. Every write is made with an input that an allowed caller's
 * call succeeds with, made afresh for each person ({@link MatrixSchools}).
 */
@ExtendWith(ArquillianExtension.class)
class SchoolStaffAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    /** The people: school A's class teacher of 5А, director and canteen supplier; their counterparts at school B. */
    enum Who {
        TEACHER, OTHER_TEACHER, DIRECTOR, OTHER_DIRECTOR, CANTEEN, OTHER_CANTEEN, BACK_OFFICE;

        /** The same place at school B; the back office is everyone's. */
        Who atB() {
            return switch (this) {
                case TEACHER -> OTHER_TEACHER;
                case DIRECTOR -> OTHER_DIRECTOR;
                case CANTEEN -> OTHER_CANTEEN;
                default -> this;
            };
        }

        /** The people of school {@code side} in the places named for school A. */
        static Set<Who> at(Side side, Who... placesAtA) {
            Set<Who> people = EnumSet.noneOf(Who.class);
            Arrays.stream(placesAtA).map(place -> side.name().equals("A") ? place : place.atB()).forEach(people::add);
            return people;
        }
    }

    private static final String REACHED = "reached";

    @EJB
    BackOffice backOffice;

    @EJB
    AsTeacher teacher;

    @EJB
    AsOtherTeacher otherTeacher;

    @EJB
    AsDirector director;

    @EJB
    AsOtherDirector otherDirector;

    @EJB
    AsCanteen canteen;

    @EJB
    AsOtherCanteen otherCanteen;

    @EJB
    StaffSchool schools;

    @EJB
    MatrixSchools matrix;

    @EJB
    StaffDirectory directory;

    @EJB
    ClassAttendance attendance;

    @EJB
    GroupMeals groupMeals;

    @EJB
    MenuDesk menus;

    @EJB
    CanteenSales sales;

    @EJB
    SupplierSettlements settlements;

    @EJB
    SchoolDashboard dashboards;

    @EJB
    PupilImports imports;

    @EJB
    ClassRegister register;

    private StaffSchool.School a;
    private StaffSchool.School b;

    /** The test principals leave both schools, so a later test (or run) finds them only where it puts them. */
    @AfterEach
    void theStaffLeaveTheTestSchools() {
        backOffice.run(() -> {
            for (String person : List.of("teacher", "teacher2", "director", "director2", "canteen", "canteen2")) {
                schools.release(person, a.id(), b.id());
            }
        });
    }

    @BeforeEach
    void twoSchoolsWithTheirStaff() {
        a = backOffice.call(() -> schools.school("Asia/Vladivostok", 1, "5А", "6Б"));
        b = backOffice.call(() -> schools.school("Europe/Moscow", 1, "7В"));
        backOffice.run(() -> {
            schools.classTeacher(a.id(), a.classId("5А"), "teacher", "Иванова Анна Сергеевна");
            schools.staff(a.id(), "director", "DIRECTOR", "Кузнецов Николай Иванович");
            schools.supplier(a.id(), "canteen", 500);
            schools.classTeacher(b.id(), b.classId("7В"), "teacher2", "Петрова Анна Сергеевна");
            schools.staff(b.id(), "director2", "DIRECTOR", "Кузнецов Олег Иванович");
            schools.supplier(b.id(), "canteen2", 700);
        });
    }

    @Test
    void eachMemberOfStaffReachesWhatTheirPlaceGivesAndARefusalChangesNothing() throws Exception {
        Side schoolA = backOffice.call(() -> matrix.open("A", a, "Asia/Vladivostok", "5А"));
        Side schoolB = backOffice.call(() -> matrix.open("B", b, "Europe/Moscow", "7В"));
        SchoolStaffCells cells = new SchoolStaffCells(this);

        List<String> wrong = new ArrayList<>();
        for (Cell cell : cells.of(schoolA, schoolB)) {
            for (Who who : Who.values()) {
                wrong.addAll(check(who, cell, schoolA, schoolB));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClassesInTheListsAndADirectorAllOfTheirSchool() throws Exception {
        long schoolA = a.id();
        assertThat(as(Who.TEACHER, () -> directory.myClasses(schoolA))).extracting(c -> c.name()).containsExactly("5А");
        assertThat(as(Who.DIRECTOR, () -> directory.myClasses(schoolA))).extracting(c -> c.name()).containsExactly("5А", "6Б");
        assertThat(as(Who.TEACHER, () -> directory.pupilsOfSchool(schoolA))).extracting(p -> p.cardId())
                .containsExactly(a.pupil("5А", 0).id());
        assertThat(as(Who.TEACHER, () -> directory.mySchools())).extracting(s -> s.id()).containsExactly(schoolA);
        assertThat(as(Who.CANTEEN, () -> directory.suppliesCanteen(schoolA))).isTrue();
        assertThat(as(Who.DIRECTOR, () -> directory.suppliesCanteen(schoolA))).isFalse();
        assertThat(as(Who.DIRECTOR, () -> directory.keepsLists(schoolA))).isTrue();
        assertThat(as(Who.TEACHER, () -> directory.keepsLists(schoolA))).isFalse();
        assertThat(as(Who.TEACHER, () -> directory.teacherOnly(schoolA))).isTrue();
    }

    /**
     * The place at a school is the school's staff row, not the role signed in with: a director of school B who only
     * teaches 6Б at school A reaches 6Б there, and neither A's other classes nor what A's director reaches.
     */
    @Test
    void aDirectorOfAnotherSchoolWhoTeachesAClassHereReachesOnlyThatClass() throws Exception {
        backOffice.run(() -> schools.classTeacher(a.id(), a.classId("6Б"), "director2", "Кузнецов Олег Иванович"));
        long led = a.classId("6Б");
        long notLed = a.classId("5А");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Vladivostok"));

        Map<String, Callable<?>> reached = Map.of(
                "StaffDirectory.pupilsOf(6Б)", () -> directory.pupilsOf(led),
                "ClassAttendance.sheet(6Б)", () -> attendance.sheet(led, today.minusDays(6), today),
                "GroupMeals.day(6Б)", () -> groupMeals.day(led, null));
        Map<String, Callable<?>> refused = Map.of(
                "StaffDirectory.pupilsOf(5А)", () -> directory.pupilsOf(notLed),
                "StaffDirectory.requirePupil(pupil of 5А)", () -> directory.requirePupil(a.pupil("5А", 0).id()),
                "ClassAttendance.sheet(5А)", () -> attendance.sheet(notLed, today.minusDays(6), today),
                "ClassAttendance.dailyCounts(A, 5А)", () -> attendance.dailyCounts(a.id(), notLed, today, today),
                "GroupMeals.day(5А)", () -> groupMeals.day(notLed, null),
                "GroupMeals.ofClass(5А)", () -> groupMeals.ofClass(notLed),
                "SchoolDashboard.dashboard(A)", () -> dashboards.dashboard(a.id(), null, null, null),
                "ClassRegister.classes(A)", () -> register.classes(a.id()),
                "CanteenSales.report(A)", () -> sales.report(a.id(), today.minusDays(1), today));

        List<String> wrong = new ArrayList<>();
        reached.forEach((name, call) -> {
            String answer = answer(Who.OTHER_DIRECTOR, call);
            if (!answer.equals(REACHED)) {
                wrong.add(name + ": " + answer);
            }
        });
        refused.forEach((name, call) -> {
            String answer = answer(Who.OTHER_DIRECTOR, call);
            if (!answer.startsWith("refused")) {
                wrong.add(name + ": " + answer);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** What is wrong with the cell for the person: reached or refused against the table, or a refused write that wrote. */
    private List<String> check(Who who, Cell cell, Side schoolA, Side schoolB) {
        Callable<?> call;
        try {
            call = cell.prepared().call();
        } catch (Exception e) {
            return List.of(who + " × " + cell.name() + ": not prepared: " + e);
        }
        List<String> before = cell.writes() ? matrix.rows(schoolA, schoolB) : List.of();
        String answer = answer(who, call);
        boolean expected = cell.reachedBy().contains(who);
        List<String> wrong = new ArrayList<>();
        if (expected ? !answer.equals(REACHED) : !answer.startsWith("refused")) {
            wrong.add(who + " × " + cell.name() + ": " + answer);
        }
        if (cell.writes() && !answer.equals(REACHED)) {
            List<String> after = matrix.rows(schoolA, schoolB);
            if (!after.equals(before)) {
                wrong.add(who + " × " + cell.name() + ": " + answer + ", yet wrote: gone " + minus(before, after)
                        + ", new " + minus(after, before));
            }
        }
        return wrong;
    }

    /** «reached», «refused as unknown», «refused as not listed», «refused by role», or «failed: …». */
    private String answer(Who who, Callable<?> call) {
        try {
            Object result = as(who, call);
            return result instanceof Listed listed && !listed.found() ? "refused as not listed" : REACHED;
        } catch (Exception thrown) {
            Throwable refusal = Stream.iterate((Throwable) thrown, link -> link != null, Throwable::getCause)
                    .filter(link -> link instanceof Refusal || link instanceof EJBAccessException).findFirst().orElse(thrown);
            if (refusal instanceof AccessDeniedException) {
                return "refused as unknown";
            }
            return refusal instanceof EJBAccessException ? "refused by role" : "failed: " + refusal;
        }
    }

    private static String minus(List<String> these, List<String> those) {
        return these.stream().filter(row -> !those.contains(row)).collect(Collectors.joining("; ", "[", "]"));
    }

    <T> T as(Who who, Callable<T> work) throws Exception {
        return switch (who) {
            case TEACHER -> teacher.call(work);
            case OTHER_TEACHER -> otherTeacher.call(work);
            case DIRECTOR -> director.call(work);
            case OTHER_DIRECTOR -> otherDirector.call(work);
            case CANTEEN -> canteen.call(work);
            case OTHER_CANTEEN -> otherCanteen.call(work);
            case BACK_OFFICE -> backOffice.call(work);
        };
    }
}
