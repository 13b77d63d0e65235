package org.cardhub.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.school.control.Staffing;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.PupilRow;
import org.cardhub.school.entity.SchoolClass;
import org.cardhub.school.entity.SchoolHours;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.StaffRole;
import org.cardhub.school.entity.SupplierRef;

import java.util.List;
import java.util.Optional;

/**
 * Which schools, classes and pupils a member of a school's staff reaches, and the school's structure as their pages
 * read it. A director and an administrator reach their whole school, a teacher the classes they lead, the canteen
 * supplier's people the schools their organisation supplies (every class, for the reports by class), the back office
 * every school. Anything else is refused as unknown, whether it exists or not.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.CANTEEN, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @jakarta.inject.Inject
    Staffing staffing;

    /** The schools the caller works at or supplies; the back office's are every school. */
    public List<SchoolRef> mySchools() {
        if (isBackOffice()) {
            return staffing.allSchools();
        }
        return staffing.schoolsOf(caller());
    }

    /** The school, when the caller reaches it. */
    public SchoolRef requireSchool(long schoolId) {
        return mySchools().stream().filter(school -> school.id() == schoolId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("school", schoolId));
    }

    /** The caller's classes at the school: a teacher's own, everyone else's all of them; by grade and letter. */
    public List<ClassRef> myClasses(long schoolId) {
        requireSchool(schoolId);
        return staffing.classesOf(schoolId, teacherOnly(schoolId) ? caller() : null);
    }

    public ClassRef requireClass(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw new AccessDeniedException("class", classId);
        }
        return myClasses(schoolClass.schoolId()).stream().filter(reached -> reached.id() == classId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("class", classId));
    }

    /** The pupils of a class the caller reaches, by name; their category PAID or STAFF (meals knows beneficiaries). */
    public List<PupilRow> pupilsOf(long classId) {
        requireClass(classId);
        return staffing.pupilsOf(List.of(classId));
    }

    /** The pupils of every class the caller reaches at the school. */
    public List<PupilRow> pupilsOfSchool(long schoolId) {
        List<Long> classes = myClasses(schoolId).stream().map(ClassRef::id).toList();
        return classes.isEmpty() ? List.of() : staffing.pupilsOf(classes);
    }

    /** The pupil's card, when it is in a class the caller reaches. */
    public PupilRow requirePupil(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || card.classId() == null) {
            throw new AccessDeniedException("pupil", cardId);
        }
        requireClass(card.classId());
        return staffing.pupilsOf(List.of(card.classId())).stream().filter(pupil -> pupil.cardId() == cardId)
                .findFirst().orElseThrow(() -> new AccessDeniedException("pupil", cardId));
    }

    /** The school's canteen supplier, when it has one. */
    public Optional<SupplierRef> supplierOf(long schoolId) {
        requireSchool(schoolId);
        return staffing.supplierOf(schoolId);
    }

    /** When the school's lessons start and end. */
    public SchoolHours hoursOf(long schoolId) {
        requireSchool(schoolId);
        return SchoolHours.of(schoolId, Optional.ofNullable(em.find(SchoolHours.class, schoolId)));
    }

    /**
     * Whether the caller sees the school only through the classes they lead: judged by their rows at this school, not
     * by the role they signed in with (a director of one school may only teach at another).
     */
    public boolean teacherOnly(long schoolId) {
        return !isBackOffice()
                && !staffing.holdsRole(caller(), schoolId, StaffRole.DIRECTOR)
                && !staffing.holdsRole(caller(), schoolId, StaffRole.ADMINISTRATOR)
                && !staffing.supplies(caller(), schoolId);
    }

    /** Whether the caller leads the school: its director (not only a teacher or administrator there), or the back office. */
    public boolean directs(long schoolId) {
        requireSchool(schoolId);
        return isBackOffice() || staffing.holdsRole(caller(), schoolId, StaffRole.DIRECTOR);
    }

    /** Whether the caller may change the school's lists (import pupils): its director, administrator or the back office. */
    public boolean keepsLists(long schoolId) {
        requireSchool(schoolId);
        return isBackOffice() || staffing.holdsRole(caller(), schoolId, StaffRole.DIRECTOR)
                || staffing.holdsRole(caller(), schoolId, StaffRole.ADMINISTRATOR);
    }

    /** Whether the caller supplies the school's canteen (or is the back office): menus, sales, settlements. */
    public boolean suppliesCanteen(long schoolId) {
        requireSchool(schoolId);
        return isBackOffice() || staffing.supplies(caller(), schoolId);
    }

    private boolean isBackOffice() {
        return session.isCallerInRole(Role.Names.BACKOFFICE);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
