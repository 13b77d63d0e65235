package org.cardhub.schooloffice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.meals.boundary.BenefitRolls;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolClass;
import org.cardhub.school.entity.SchoolClass.ClassName;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.StaffMember;
import org.cardhub.schooloffice.control.ClassQueries;
import org.cardhub.schooloffice.control.Keepers;
import org.cardhub.schooloffice.control.Rolls;
import org.cardhub.schooloffice.entity.ClassPupil;
import org.cardhub.schooloffice.entity.ClassRefusal;
import org.cardhub.schooloffice.entity.PupilLineRules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's classes as its director, administrator and the back office keep them: the classes with their class
 * teachers and sizes, the pupils (of a class or all, found by name or contract number, a page at a time, each with
 * their category and benefit), a new class, and the class teacher chosen among the school's teachers.
 */
@Stateless
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.TEACHER, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClassRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    Keepers keepers;

    @Inject
    ClassQueries queries;

    @Inject
    Rolls rolls;

    @EJB
    StaffDirectory staff;

    @EJB
    BenefitRolls benefits;

    @EJB
    AuditLog audit;

    /** The school's classes by grade and letter, each with its class teacher and number of pupils. */
    public List<ClassRef> classes(long schoolId) {
        keepers.requireLists(schoolId);
        return staff.myClasses(schoolId);
    }

    /** The school's members of staff who teach: those a class may be given to. */
    public List<StaffMember> teachers(long schoolId) {
        keepers.requireLists(schoolId);
        return queries.teachers(schoolId);
    }

    /** A page of the school's pupils, of the class (null: all), whose name or contract number holds {@code search}. */
    public List<ClassPupil> pupils(long schoolId, Long classId, String search, int first, int max) {
        SchoolRef school = keepers.requireLists(schoolId);
        List<Object[]> rows = queries.pupils(school.contractId(), classId, search, first, max);
        Map<Long, String> classNames = new HashMap<>();
        rolls.classIds(schoolId).forEach((name, id) -> classNames.put(id, name));
        Map<Long, BenefitKind> kinds = benefits.kindsOf(rows.stream().map(row -> (Long) row[0]).toList(), Rolls.today(school));
        return rows.stream().map(row -> {
            long cardId = (Long) row[0];
            BenefitKind kind = kinds.get(cardId);
            PupilCategory category = row[5] == HolderKind.PERSON ? PupilCategory.STAFF
                    : kind == null ? PupilCategory.PAID : PupilCategory.FREE_MEALS;
            return new ClassPupil(cardId, (String) row[1], (String) row[2], (String) row[3],
                    row[4] == null ? null : classNames.get((Long) row[4]), category,
                    kind == null ? null : kind.nameRu(), kind == null ? null : kind.nameEn());
        }).toList();
    }

    public long countPupils(long schoolId, Long classId, String search) {
        SchoolRef school = keepers.requireLists(schoolId);
        return queries.count(school.contractId(), classId, search);
    }

    /** A new class of the school, named as people write it ("5А", "5 а", "5-А"). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ClassRef create(long schoolId, String name) {
        keepers.requireLists(schoolId);
        ClassName className = PupilLineRules.className(name == null ? "" : name)
                .orElseThrow(() -> new ClassRefusal(ClassRefusal.Code.NAME_FORMAT, "Not a class: " + name));
        if (rolls.classIds(schoolId).containsKey(className.text())) {
            throw new ClassRefusal(ClassRefusal.Code.EXISTS, "The school has class " + className.text());
        }
        SchoolClass created = new SchoolClass(schoolId, className);
        em.persist(created);
        em.flush();
        audit.record(audit.actor(null), "school.class.create", AuditSubject.ORGANIZATION, schoolId, created.name());
        return new ClassRef(created.id(), schoolId, created.name(), created.grade(), null, 0);
    }

    /** Gives the class to a teacher of its school, or to nobody with {@code null}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void assignTeacher(long classId, String teacherSubject) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw new AccessDeniedException("class", classId);
        }
        keepers.requireLists(schoolClass.schoolId());
        String teacher = teacherSubject == null || teacherSubject.isBlank() ? null : teacherSubject;
        if (teacher != null && queries.teachers(schoolClass.schoolId()).stream()
                .noneMatch(member -> member.subject().equals(teacher))) {
            throw new ClassRefusal(ClassRefusal.Code.NOT_A_TEACHER, teacher + " does not teach at school "
                    + schoolClass.schoolId());
        }
        schoolClass.ledBy(teacher);
        audit.record(audit.actor(null), "school.class.teacher", AuditSubject.ORGANIZATION, schoolClass.schoolId(),
                schoolClass.name() + " → " + (teacher == null ? "nobody" : teacher));
    }
}
