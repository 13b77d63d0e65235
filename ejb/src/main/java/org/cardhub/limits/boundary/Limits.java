package org.cardhub.limits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.limits.control.LimitChanges;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.limits.entity.SpendingLimit;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spending limits and card restrictions: set and changed by the people responsible for a card (every
 * change recorded with its old and new value). A card's limit needs the right to change the card's limits, a
 * contract's the right over all the contract's cards. Whatever is refused changes nothing. The money operations
 * check them through {@link LimitChecks}; {@link Allowances} previews a change, {@link LimitTemplates} applies one
 * to a card group.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT})
public class Limits {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @Inject
    LimitChanges changes;

    /** A new limit of a card, or of the whole contract when {@code cardId} is null. */
    public SpendingLimit addLimit(long contractId, Long cardId, LimitRule rule) {
        requireResponsible(contractId, cardId);
        changes.requireSold(contractId, rule.categories());
        SpendingLimit limit = new SpendingLimit(contractId, cardId, rule, changes.now());
        em.persist(limit);
        em.flush();
        changes.log(contractId, cardId, "limit " + limit.id(), null, limit.describe());
        requireConsistent(cardId);
        return limit;
    }

    public SpendingLimit addLimit(long contractId, Long cardId, LimitMeasure measure, LimitPeriod period, long value,
                                  Collection<String> categories) {
        return addLimit(contractId, cardId, new LimitRule(measure, period, value, ProductCategory.require(categories)));
    }

    /** Another value, measure, period or categories for a limit, which stays the card's or the contract's. */
    public SpendingLimit changeLimit(long limitId, LimitRule rule) {
        SpendingLimit limit = findLimit(limitId);
        changes.requireSold(limit.contractId(), rule.categories());
        String before = limit.describe();
        limit.redefine(rule);
        changes.log(limit.contractId(), limit.cardId(), "limit " + limitId, before, limit.describe());
        requireConsistent(limit.cardId());
        return limit;
    }

    public SpendingLimit changeLimit(long limitId, long newValue) {
        SpendingLimit limit = findLimit(limitId);
        String before = limit.describe();
        limit.changeValue(newValue);
        changes.log(limit.contractId(), limit.cardId(), "limit " + limitId, before, limit.describe());
        return limit;
    }

    public void removeLimit(long limitId) {
        SpendingLimit limit = findLimit(limitId);
        changes.log(limit.contractId(), limit.cardId(), "limit " + limitId, limit.describe(), null);
        em.remove(limit);
    }

    /**
     * Everything a card may be used for, at once: the categories it may and may not buy (empty for no such rule), the
     * hours of the day (both null for any time), the stations and regions (empty for any).
     */
    public void restrict(long cardId, Collection<String> allowed, Collection<String> forbidden, LocalTime from,
                         LocalTime to, Collection<String> stations, Collection<String> regions) {
        restrict(cardId, restriction -> {
            restriction.allowCategories(allowed);
            restriction.forbidCategories(forbidden);
            restriction.limitHours(from, to);
            restriction.allowStations(stations);
            restriction.allowRegions(regions);
        });
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
        access.requireRight(cardId, CompanyRight.CHANGE_LIMITS);
        CardRestriction restriction = em.find(CardRestriction.class, cardId);
        if (restriction == null) {
            restriction = new CardRestriction(cardId);
            em.persist(restriction);
        }
        String before = restriction.summary();
        change.accept(restriction);
        List<String> categories = new ArrayList<>(restriction.allowedCategories());
        categories.addAll(restriction.forbiddenCategories());
        changes.requireSold(card.contractId(), categories);
        changes.log(card.contractId(), cardId, "restriction", before, restriction.summary());
        changes.requireConsistent(cardId);
    }

    private SpendingLimit findLimit(long limitId) {
        SpendingLimit limit = em.find(SpendingLimit.class, limitId);
        if (limit == null) {
            throw new AccessDeniedException("limit", limitId);
        }
        requireResponsible(limit.contractId(), limit.cardId());
        return limit;
    }

    /** A card's limit is changed by who may change the card's, and only on the card's own contract. */
    private void requireResponsible(long contractId, Long cardId) {
        if (cardId == null) {
            access.requireContractRight(contractId, CompanyRight.CHANGE_LIMITS);
            return;
        }
        access.requireRight(cardId, CompanyRight.CHANGE_LIMITS);
        Card card = em.find(Card.class, cardId);
        if (card == null || card.contractId() != contractId) {
            throw new AccessDeniedException("card", cardId);
        }
    }

    private void requireConsistent(Long cardId) {
        if (cardId != null) {
            changes.requireConsistent(cardId);
        }
    }
}
