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
import org.cardhub.callers.RightMissingException;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardGroup;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.limits.control.LimitChanges;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.InvalidLimitException;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.limits.entity.TemplateGroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A limit template applied to every card of a card group in one transaction: the template's limits take the place of
 * each card's own limits of the same measure and period, and the template's categories, when it has them, become the
 * categories each card may buy. Each card's changes are recorded for that card as {@link Limits} records them. One card
 * refused (a right missing, a limit that no longer fits its restriction) and no card changes.
 * <p>
 * The right is asked card by card, as for a single card: a manager given one group with the right to change limits
 * applies templates to that group, which the contract-wide right (all cards) would refuse.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
public class LimitTemplates {

    private static final List<CardStatus> GONE = List.of(CardStatus.CLOSED, CardStatus.REISSUED);

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @Inject
    LimitChanges changes;

    /** The group and the cards a template would change; refused as unknown when the caller does not see the group. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TemplateGroup group(long groupId) {
        CardGroup group = visibleGroup(groupId);
        return new TemplateGroup(groupId, group.name(), group.contractId(),
                cardsOf(groupId).stream().map(Card::panMasked).toList(),
                access.holdsContractRight(group.contractId(), CompanyRight.CHANGE_LIMITS));
    }

    /**
     * Applies the limits, and the allowed categories unless {@code allowedCategories} is null, to every card of the
     * group that can still spend; returns how many cards that was.
     */
    public int apply(long groupId, List<LimitRule> rules, Collection<String> allowedCategories) {
        CardGroup group = visibleGroup(groupId);
        requireWellFormed(rules, allowedCategories);
        if (!access.holdsContractRight(group.contractId(), CompanyRight.CHANGE_LIMITS)) {
            throw new RightMissingException(CompanyRight.CHANGE_LIMITS);
        }
        List<String> categories = new ArrayList<>(allowedCategories == null ? List.of() : allowedCategories);
        rules.forEach(rule -> categories.addAll(rule.categories()));
        changes.requireSold(group.contractId(), categories);
        List<Card> cards = cardsOf(groupId);
        for (Card card : cards) {
            access.requireRight(card.id(), CompanyRight.CHANGE_LIMITS);
            try {
                if (allowedCategories != null) {
                    allowOnly(card, allowedCategories);
                }
                rules.forEach(rule -> replace(card, rule));
                changes.requireConsistent(card.id());
            } catch (InvalidLimitException refused) {
                throw refused.onCard(card.panMasked());
            }
        }
        return cards.size();
    }

    private void allowOnly(Card card, Collection<String> categories) {
        CardRestriction restriction = em.find(CardRestriction.class, card.id());
        if (restriction == null) {
            restriction = new CardRestriction(card.id());
            em.persist(restriction);
        }
        String before = restriction.summary();
        restriction.allowCategories(categories);
        changes.log(card.contractId(), card.id(), "restriction", before, restriction.summary());
    }

    /** The card's first limit of the rule's measure and period takes the rule; any other of them goes. */
    private void replace(Card card, LimitRule rule) {
        List<SpendingLimit> same = changes.limitsOfCard(card.id()).stream()
                .filter(limit -> rule.sameSlotAs(limit.measure(), limit.period())).toList();
        if (same.isEmpty()) {
            SpendingLimit added = new SpendingLimit(card.contractId(), card.id(), rule, changes.now());
            em.persist(added);
            em.flush();
            changes.log(card.contractId(), card.id(), "limit " + added.id(), null, added.describe());
            return;
        }
        SpendingLimit kept = same.get(0);
        String before = kept.describe();
        kept.redefine(rule);
        changes.log(card.contractId(), card.id(), "limit " + kept.id(), before, kept.describe());
        for (SpendingLimit other : same.subList(1, same.size())) {
            changes.log(card.contractId(), card.id(), "limit " + other.id(), other.describe(), null);
            em.remove(other);
        }
    }

    private static void requireWellFormed(List<LimitRule> rules, Collection<String> allowedCategories) {
        if (rules.isEmpty() && allowedCategories == null) {
            throw new InvalidLimitException(InvalidLimitException.Code.TEMPLATE_INVALID, "A template needs a limit or categories");
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).sameSlotAs(rules.get(j).measure(), rules.get(j).period())) {
                    throw new InvalidLimitException(InvalidLimitException.Code.TEMPLATE_INVALID,
                            "A template has one limit of each measure and period");
                }
            }
        }
    }

    private CardGroup visibleGroup(long groupId) {
        CardGroup group = em.find(CardGroup.class, groupId);
        if (group == null || !access.mayUseContract(group.contractId())
                || !access.cardScope(group.contractId()).covers(groupId)) {
            throw new AccessDeniedException("card group", groupId);
        }
        return group;
    }

    private List<Card> cardsOf(long groupId) {
        return em.createQuery("SELECT c FROM Card c WHERE c.groupId = :group AND c.status NOT IN :gone ORDER BY c.id",
                        Card.class)
                .setParameter("group", groupId).setParameter("gone", GONE).getResultList();
    }
}
