package org.cardhub.limits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spending limits and card restrictions: set and changed by the people responsible for a card (every
 * change recorded with its old and new value). The money operations check them through {@link LimitChecks}.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT})
public class Limits {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A new limit of a card, or of the whole contract when {@code cardId} is null. */
    public SpendingLimit addLimit(long contractId, Long cardId, LimitMeasure measure, LimitPeriod period, long value,
                                  Collection<String> categories) {
        requireResponsible(contractId, cardId);
        SpendingLimit limit = new SpendingLimit(contractId, cardId, measure, period, value, categories, Instant.now(clock));
        em.persist(limit);
        em.flush();
        logChange(limit.contractId(), limit.cardId(), "limit " + limit.id(), null, limit.describe());
        return limit;
    }

    public SpendingLimit changeLimit(long limitId, long newValue) {
        SpendingLimit limit = findLimit(limitId);
        String before = limit.describe();
        limit.changeValue(newValue);
        logChange(limit.contractId(), limit.cardId(), "limit " + limitId, before, limit.describe());
        return limit;
    }

    public void removeLimit(long limitId) {
        SpendingLimit limit = findLimit(limitId);
        logChange(limit.contractId(), limit.cardId(), "limit " + limitId, limit.describe(), null);
        em.remove(limit);
    }

    public void allowCategories(long cardId, Collection<String> categories) {
        restrict(cardId, restriction -> restriction.allowCategories(categories));
    }

    public void forbidCategories(long cardId, Collection<String> categories) {
        restrict(cardId, restriction -> restriction.forbidCategories(categories));
    }

    public void limitHours(long cardId, LocalTime from, LocalTime to) {
        restrict(cardId, restriction -> restriction.limitHours(from, to));
    }

    public void allowStations(long cardId, Collection<String> stations, Collection<String> regions) {
        restrict(cardId, restriction -> {
            restriction.allowStations(stations);
            restriction.allowRegions(regions);
        });
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LimitChange> changesOfCard(long cardId) {
        access.requireCard(cardId);
        return em.createQuery("SELECT c FROM LimitChange c WHERE c.cardId = :card ORDER BY c.id", LimitChange.class)
                .setParameter("card", cardId).getResultList();
    }

    private void restrict(long cardId, Consumer<CardRestriction> change) {
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        requireResponsible(card.contractId(), cardId);
        CardRestriction restriction = em.find(CardRestriction.class, cardId);
        if (restriction == null) {
            restriction = new CardRestriction(cardId);
            em.persist(restriction);
        }
        String before = restriction.summary();
        change.accept(restriction);
        logChange(card.contractId(), cardId, "restriction", before, restriction.summary());
    }

    private SpendingLimit findLimit(long limitId) {
        SpendingLimit limit = em.find(SpendingLimit.class, limitId);
        if (limit == null) {
            throw new AccessDeniedException("limit", limitId);
        }
        requireResponsible(limit.contractId(), limit.cardId());
        return limit;
    }

    private void requireResponsible(long contractId, Long cardId) {
        if (cardId == null) {
            access.requireContractRight(contractId, CompanyRight.CHANGE_LIMITS);
        } else {
            access.requireRight(cardId, CompanyRight.CHANGE_LIMITS);
        }
    }

    private void logChange(long contractId, Long cardId, String what, String before, String after) {
        String actor = audit.actor(null);
        em.persist(new LimitChange(contractId, cardId, what, before, after, actor, Instant.now(clock)));
        audit.record(actor, "limit.change", cardId == null ? AuditSubject.CONTRACT : AuditSubject.CARD, cardId == null ? contractId : cardId,
                what + ": " + before + " → " + after);
    }
}
