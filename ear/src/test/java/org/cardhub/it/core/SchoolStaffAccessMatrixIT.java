package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.StaffDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The school staff's access matrix: every member of staff × every object of two schools × every read and action of the
 * staff cabinets. A teacher reaches only the classes they lead (and those classes' pupils), a director only their own
 * school, the canteen supplier's people only the schools their organisation supplies, the back office everything.
 * Each refused cell is refused as unknown — the same answer whether the object exists or not — or by role.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolStaffAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.with("school-staff-matrix", SchoolStaffAccessMatrixIT.class, Who.class, Target.class);
    }

    /** The people: school A's class teacher of 5А, director and canteen supplier; their counterparts at school B. */
    enum Who { TEACHER, OTHER_TEACHER, DIRECTOR, OTHER_DIRECTOR, CANTEEN, OTHER_CANTEEN, BACK_OFFICE }

    /** School A with its classes 5А (the teacher's) and 6Б, a pupil of each; school B with 7В and its pupil. */
    enum Target { SCHOOL_A, CLASS_5A, CLASS_6B, PUPIL_5A, PUPIL_6B, SCHOOL_B, CLASS_7V, PUPIL_7V }

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
    StaffDirectory directory;

    private final Map<Target, Long> ids = new EnumMap<>(Target.class);

    @BeforeEach
    void twoSchoolsWithTheirStaff() throws Exception {
        StaffSchool.School a = backOffice.call(() -> schools.school("Asia/Vladivostok", 1, "5А", "6Б"));
        StaffSchool.School b = backOffice.call(() -> schools.school("Europe/Moscow", 1, "7В"));
        backOffice.run(() -> {
            schools.classTeacher(a.id(), a.classId("5А"), "teacher", "Иванова Анна Сергеевна");
            schools.staff(a.id(), "director", "DIRECTOR", "Кузнецов Николай Иванович");
            schools.supplier(a.id(), "canteen", 500);
            schools.classTeacher(b.id(), b.classId("7В"), "teacher2", "Петрова Анна Сергеевна");
            schools.staff(b.id(), "director2", "DIRECTOR", "Кузнецов Олег Иванович");
            schools.supplier(b.id(), "canteen2", 700);
        });
        ids.put(Target.SCHOOL_A, a.id());
        ids.put(Target.CLASS_5A, a.classId("5А"));
        ids.put(Target.CLASS_6B, a.classId("6Б"));
        ids.put(Target.PUPIL_5A, a.pupil("5А", 0).id());
        ids.put(Target.PUPIL_6B, a.pupil("6Б", 0).id());
        ids.put(Target.SCHOOL_B, b.id());
        ids.put(Target.CLASS_7V, b.classId("7В"));
        ids.put(Target.PUPIL_7V, b.pupil("7В", 0).id());
    }

    @Test
    void eachMemberOfStaffReachesTheirOwnSchoolClassesAndPupilsAndNothingElse() throws Exception {
        Map<Who, Set<Target>> reaches = new EnumMap<>(Who.class);
        reaches.put(Who.TEACHER, EnumSet.of(Target.SCHOOL_A, Target.CLASS_5A, Target.PUPIL_5A));
        reaches.put(Who.OTHER_TEACHER, EnumSet.of(Target.SCHOOL_B, Target.CLASS_7V, Target.PUPIL_7V));
        reaches.put(Who.DIRECTOR, EnumSet.of(Target.SCHOOL_A, Target.CLASS_5A, Target.CLASS_6B, Target.PUPIL_5A, Target.PUPIL_6B));
        reaches.put(Who.OTHER_DIRECTOR, EnumSet.of(Target.SCHOOL_B, Target.CLASS_7V, Target.PUPIL_7V));
        reaches.put(Who.CANTEEN, EnumSet.of(Target.SCHOOL_A, Target.CLASS_5A, Target.CLASS_6B, Target.PUPIL_5A, Target.PUPIL_6B));
        reaches.put(Who.OTHER_CANTEEN, EnumSet.of(Target.SCHOOL_B, Target.CLASS_7V, Target.PUPIL_7V));
        reaches.put(Who.BACK_OFFICE, EnumSet.allOf(Target.class));

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Target target : Target.values()) {
                boolean reached = reaches(who, target);
                if (reached != reaches.get(who).contains(target)) {
                    wrong.add(who + " × " + target + (reached ? " reached" : " refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClassesInTheListsAndADirectorAllOfTheirSchool() throws Exception {
        long schoolA = ids.get(Target.SCHOOL_A);
        assertThat(as(Who.TEACHER, () -> directory.myClasses(schoolA))).extracting(c -> c.name()).containsExactly("5А");
        assertThat(as(Who.DIRECTOR, () -> directory.myClasses(schoolA))).extracting(c -> c.name()).containsExactly("5А", "6Б");
        assertThat(as(Who.TEACHER, () -> directory.pupilsOfSchool(schoolA))).extracting(p -> p.cardId())
                .containsExactly(ids.get(Target.PUPIL_5A));
        assertThat(as(Who.TEACHER, () -> directory.mySchools())).extracting(s -> s.id()).containsExactly(schoolA);
        assertThat(as(Who.CANTEEN, () -> directory.suppliesCanteen(schoolA))).isTrue();
        assertThat(as(Who.DIRECTOR, () -> directory.suppliesCanteen(schoolA))).isFalse();
        assertThat(as(Who.DIRECTOR, () -> directory.keepsLists(schoolA))).isTrue();
        assertThat(as(Who.TEACHER, () -> directory.keepsLists(schoolA))).isFalse();
        assertThat(as(Who.TEACHER, () -> directory.teacherOnly(schoolA))).isTrue();
    }

    private boolean reaches(Who who, Target target) throws Exception {
        long id = ids.get(target);
        Callable<Object> look = switch (target) {
            case SCHOOL_A, SCHOOL_B -> () -> directory.requireSchool(id);
            case CLASS_5A, CLASS_6B, CLASS_7V -> () -> directory.pupilsOf(id);
            case PUPIL_5A, PUPIL_6B, PUPIL_7V -> () -> directory.requirePupil(id);
        };
        if (catchThrowable(() -> as(who, look)) == null) {
            return true;
        }
        Throwable refused = Thrown.by(() -> as(who, look));
        assertThat(refused).as(who + " × " + target).isInstanceOfAny(AccessDeniedException.class, EJBAccessException.class);
        return false;
    }

    private <T> T as(Who who, Callable<T> work) throws Exception {
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
