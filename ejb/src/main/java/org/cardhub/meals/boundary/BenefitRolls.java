package org.cardhub.meals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.MealBenefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Free-meal benefits of many pupils at once, as a school's lists set them: which kind each card has from today on, and
 * granting or ending them in the caller's transaction, one statement per thousand cards to read and a line of the audit
 * trail for each change. An in-transaction face (its reads run without a transaction too); it checks no roles — the
 * facade that starts the transaction does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BenefitRolls {

    private static final int IN_LIST = 1000;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    /** The beneficiary kinds, in their order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BenefitKind> kinds() {
        return em.createQuery("SELECT k FROM BenefitKind k ORDER BY k.sortOrder, k.code", BenefitKind.class).getResultList();
    }

    /**
     * The kind of benefit each of the cards has from {@code today} on: granted and not ended, or to begin later. A
     * benefit that ends today is over — the pupil pays again from tomorrow. Cards without one are not in the answer.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, BenefitKind> kindsOf(Collection<Long> cardIds, LocalDate today) {
        Map<Long, BenefitKind> kinds = new HashMap<>();
        List<Long> ids = List.copyOf(cardIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("SELECT b.cardId, k FROM MealBenefit b, BenefitKind k WHERE k.code = b.kindCode "
                            + "AND b.cardId IN :cards AND (b.validUntil IS NULL OR b.validUntil > :today)", Object[].class)
                    .setParameter("cards", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .setParameter("today", today).getResultStream()
                    .forEach(row -> kinds.put((Long) row[0], (BenefitKind) row[1]));
        }
        return kinds;
    }

    /** Makes each card a beneficiary of its kind (by code) from {@code from} on, with no end. */
    public void grant(Map<Long, String> kindByCard, LocalDate from, String by) {
        Map<String, BenefitKind> kinds = kindsByCode();
        Map<Long, MealBenefit> benefits = benefitsOf(kindByCard.keySet());
        Instant now = Instant.now();
        kindByCard.forEach((cardId, code) -> {
            BenefitKind kind = Objects.requireNonNull(kinds.get(code), () -> "No beneficiary kind " + code);
            MealBenefit benefit = benefits.get(cardId);
            if (benefit == null) {
                em.persist(new MealBenefit(cardId, kind, from, null, by, now));
            } else {
                benefit.grant(kind, from, null, by, now);
            }
            audit.record(by, "meals.benefit.grant", AuditSubject.CARD, cardId, kind.code() + " from " + from);
        });
    }

    /** The pupils pay for meals again from tomorrow; a benefit that has not begun yet is withdrawn. */
    public void end(Collection<Long> cardIds, LocalDate today, String by) {
        Map<String, BenefitKind> kinds = kindsByCode();
        Instant now = Instant.now();
        for (MealBenefit benefit : benefitsOf(cardIds).values()) {
            if (benefit.validUntil() != null && !benefit.validUntil().isAfter(today)) {
                continue;
            }
            if (today.isBefore(benefit.validFrom())) {
                em.remove(benefit);
            } else {
                benefit.grant(kinds.get(benefit.kindCode()), benefit.validFrom(), today, by, now);
            }
            audit.record(by, "meals.benefit.end", AuditSubject.CARD, benefit.cardId(), benefit.kindCode() + " ends " + today);
        }
    }

    private Map<String, BenefitKind> kindsByCode() {
        Map<String, BenefitKind> kinds = new HashMap<>();
        kinds().forEach(kind -> kinds.put(kind.code(), kind));
        return kinds;
    }

    private Map<Long, MealBenefit> benefitsOf(Collection<Long> cardIds) {
        Map<Long, MealBenefit> benefits = new HashMap<>();
        List<Long> ids = List.copyOf(cardIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("SELECT b FROM MealBenefit b WHERE b.cardId IN :cards", MealBenefit.class)
                    .setParameter("cards", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultStream()
                    .forEach(benefit -> benefits.put(benefit.cardId(), benefit));
        }
        return benefits;
    }
}
