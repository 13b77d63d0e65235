package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.PupilRow;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.StaffRole;
import org.cardhub.school.entity.SupplierRef;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The queries behind who of the staff reaches which school and class, and the school's lists as pages read them. */
@Dependent
public class Staffing {

    private static final List<CardStatus> LIVE = List.of(CardStatus.ORDERED, CardStatus.ISSUED, CardStatus.ACTIVE,
            CardStatus.BLOCKED);

    @PersistenceContext
    EntityManager em;

    public List<SchoolRef> allSchools() {
        return schools("SELECT o.id, o.name, c.id, c.number, c.timeZone FROM Organization o, Contract c "
                + "WHERE c.organizationId = o.id AND c.kind = :school ORDER BY o.name", null);
    }

    /** The schools where the person is on the staff, and those their organisation supplies the canteen of. */
    public List<SchoolRef> schoolsOf(String subject) {
        return schools("SELECT o.id, o.name, c.id, c.number, c.timeZone FROM Organization o, Contract c "
                + "WHERE c.organizationId = o.id AND c.kind = :school AND (o.id IN "
                + "(SELECT s.schoolId FROM StaffMember s WHERE s.subject = :subject) OR o.id IN "
                + "(SELECT p.schoolId FROM CanteenSupplier p, OrganizationMember m "
                + "WHERE m.organizationId = p.supplierId AND m.subject = :subject)) ORDER BY o.name", subject);
    }

    private List<SchoolRef> schools(String query, String subject) {
        var typed = em.createQuery(query, Object[].class).setParameter("school", ContractKind.SCHOOL);
        if (subject != null) {
            typed.setParameter("subject", subject);
        }
        return typed.getResultList().stream()
                .map(row -> new SchoolRef((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], zone(row[4])))
                .toList();
    }

    private static ZoneId zone(Object value) {
        return value instanceof ZoneId zone ? zone : ZoneId.of(value.toString());
    }

    public boolean holdsRole(String subject, long schoolId, StaffRole role) {
        return !em.createQuery("SELECT s.subject FROM StaffMember s WHERE s.schoolId = :school AND s.subject = :subject "
                        + "AND s.role = :role", String.class)
                .setParameter("school", schoolId).setParameter("subject", subject).setParameter("role", role)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public boolean supplies(String subject, long schoolId) {
        return !em.createQuery("SELECT p.schoolId FROM CanteenSupplier p, OrganizationMember m "
                        + "WHERE p.schoolId = :school AND m.organizationId = p.supplierId AND m.subject = :subject", Long.class)
                .setParameter("school", schoolId).setParameter("subject", subject).getResultList().isEmpty();
    }

    /** The school's classes by grade and letter; only those {@code teacher} leads when it is given. */
    public List<ClassRef> classesOf(long schoolId, String teacher) {
        String onlyTeachers = teacher == null ? "" : " AND k.teacherSubject = :teacher";
        var query = em.createQuery("SELECT k.id, k.name, k.grade, "
                        + "(SELECT MIN(s.fullName) FROM StaffMember s WHERE s.schoolId = k.schoolId AND s.subject = k.teacherSubject), "
                        + "(SELECT COUNT(c) FROM Card c WHERE c.classId = k.id AND c.status IN :live) "
                        + "FROM SchoolClass k WHERE k.schoolId = :school" + onlyTeachers + " ORDER BY k.grade, k.letter",
                        Object[].class)
                .setParameter("school", schoolId).setParameter("live", LIVE);
        if (teacher != null) {
            query.setParameter("teacher", teacher);
        }
        return query.getResultList().stream()
                .map(row -> new ClassRef((Long) row[0], schoolId, (String) row[1], (Integer) row[2], (String) row[3],
                        (Long) row[4]))
                .toList();
    }

    /** The pupils (and staff) with live cards in the classes, by class and name. */
    public List<PupilRow> pupilsOf(List<Long> classIds) {
        return em.createQuery("SELECT c.id, c.holderName, c.schoolContractNumber, c.panMasked, c.classId, c.holderKind "
                        + "FROM Card c WHERE c.classId IN :classes AND c.status IN :live ORDER BY c.classId, c.holderName",
                        Object[].class)
                .setParameter("classes", classIds).setParameter("live", LIVE).getResultList().stream()
                .map(row -> new PupilRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Long) row[4],
                        row[5] == HolderKind.PERSON ? PupilCategory.STAFF : PupilCategory.PAID, null))
                .toList();
    }

    public Optional<SupplierRef> supplierOf(long schoolId) {
        return em.createQuery("SELECT p.schoolId, p.supplierId, o.name, p.contractId, c.number, p.commissionBp "
                        + "FROM CanteenSupplier p, Organization o, Contract c "
                        + "WHERE p.schoolId = :school AND o.id = p.supplierId AND c.id = p.contractId", Object[].class)
                .setParameter("school", schoolId).getResultStream().findFirst()
                .map(row -> new SupplierRef((Long) row[0], (Long) row[1], (String) row[2], (Long) row[3], (String) row[4],
                        (Integer) row[5]));
    }
}
