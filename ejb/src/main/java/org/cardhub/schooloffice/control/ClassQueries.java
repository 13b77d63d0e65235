package org.cardhub.schooloffice.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.school.entity.StaffMember;
import org.cardhub.school.entity.StaffRole;

import java.util.List;
import java.util.Locale;

/**
 * The classes page's reads: a school's pupils (the live cards of its contract), in a class or all, filtered by a part of
 * the name or the contract number, by name, a page at a time — one statement for the page and one for the count, on
 * the index of a contract's cards by holder name; and the school's teachers.
 */
@Dependent
public class ClassQueries {

    private static final List<CardStatus> LIVE = List.of(CardStatus.ORDERED, CardStatus.ISSUED, CardStatus.ACTIVE,
            CardStatus.BLOCKED);
    private static final String PUPILS = "FROM Card c WHERE c.contractId = :contract AND c.status IN :live";

    @PersistenceContext
    EntityManager em;

    /** A page of pupils: card id, name, contract number, masked number, class id and kind of holder. */
    public List<Object[]> pupils(long contractId, Long classId, String search, int first, int max) {
        return filtered(em.createQuery("SELECT c.id, c.holderName, c.schoolContractNumber, c.panMasked, c.classId, c.holderKind "
                + PUPILS + where(classId, search) + " ORDER BY c.holderName, c.id", Object[].class), contractId, classId, search)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long contractId, Long classId, String search) {
        return filtered(em.createQuery("SELECT COUNT(c) " + PUPILS + where(classId, search), Long.class), contractId, classId,
                search).getSingleResult();
    }

    /** The school's teachers, by name. */
    public List<StaffMember> teachers(long schoolId) {
        return em.createQuery("SELECT s FROM StaffMember s WHERE s.schoolId = :school AND s.role = :teacher "
                        + "ORDER BY s.fullName", StaffMember.class)
                .setParameter("school", schoolId).setParameter("teacher", StaffRole.TEACHER).getResultList();
    }

    private static String where(Long classId, String search) {
        return (classId == null ? "" : " AND c.classId = :classId")
                + (blank(search) ? "" : " AND (LOWER(c.holderName) LIKE :text ESCAPE '!' OR c.schoolContractNumber LIKE :text ESCAPE '!')");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, long contractId, Long classId, String search) {
        query.setParameter("contract", contractId).setParameter("live", LIVE);
        if (classId != null) {
            query.setParameter("classId", classId);
        }
        if (!blank(search)) {
            String escaped = search.strip().toLowerCase(new Locale("ru")).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("text", "%" + escaped + "%");
        }
        return query;
    }

    private static boolean blank(String search) {
        return search == null || search.isBlank();
    }
}
