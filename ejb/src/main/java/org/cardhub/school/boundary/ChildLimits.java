package org.cardhub.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.limits.boundary.Allowances;
import org.cardhub.limits.boundary.LimitChecks;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.CardRules;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.control.PupilCards;
import org.cardhub.school.entity.ChildBalances;
import org.cardhub.school.entity.ChildRules;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.PupilRules;
import org.cardhub.school.entity.RuleChange;
import org.cardhub.school.entity.SpendableToday;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parent's limits of a child's card: a daily limit and a limit per purchase (the card's own limits of money for every
 * purchase), the school's categories it may not buy and the hours it may pay in; what the child can still spend today;
 * and every change, old → new, with who and when. Saving changes what differs, in one transaction, each change written
 * to the card's history by {@link Limits}; a replaced or closed card's rules are read only.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChildLimits {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    Limits limits;

    @EJB
    LimitChecks checks;

    @EJB
    Allowances allowances;

    @Inject
    PupilCards pupilCards;

    public ChildRules of(long cardId) {
        Card card = childCard(cardId);
        CardRules rules = checks.applyingTo(card);
        ChildBalances balances = pupilCards.balancesOf(card);
        SpendableToday today = SpendableToday.of(allowances.today(cardId, LimitDraft.NONE), balances.general(),
                balances.canteen());
        List<LimitChange> changes = new ArrayList<>(limits.changesOfCard(cardId));
        List<RuleChange> history = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            LimitChange change = changes.get(i);
            history.addAll(RuleChange.read(change.changedAt(), change.actor(), change.what(), change.oldValue(), change.newValue()));
        }
        return new ChildRules(cardId, card.holderName(), card.panMasked(), pupilCards.zoneOf(card),
                card.refusalToMoveMoney().isEmpty(), asSet(card, rules), today, history);
    }

    /** Makes the card's rules what the parent asked; true when anything changed, false when it already was so. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean save(long cardId, PupilRules wanted) {
        wanted.requireSettable();
        Card card = childCard(cardId);
        if (card.refusalToMoveMoney().isPresent()) {
            throw new InvalidChildRequestException(InvalidChildRequestException.Code.CARD_REPLACED,
                    "Card " + card.panMasked() + " was replaced or closed");
        }
        CardRules rules = checks.applyingTo(card);
        boolean changed = apply(card, own(card, rules, LimitPeriod.DAY), wanted.daily(), LimitPeriod.DAY);
        changed |= apply(card, own(card, rules, LimitPeriod.TRANSACTION), wanted.perPurchase(), LimitPeriod.TRANSACTION);
        PupilRules now = asSet(card, rules);
        if (!now.forbidden().equals(wanted.forbidden()) || !Objects.equals(now.from(), wanted.from())
                || !Objects.equals(now.to(), wanted.to())) {
            CardRestriction restriction = rules.restriction().orElse(null);
            limits.restrict(cardId, restriction == null ? Set.of() : restriction.allowedCategories(), wanted.forbidden(),
                    wanted.from(), wanted.to(), restriction == null ? Set.of() : restriction.allowedStations(),
                    restriction == null ? Set.of() : restriction.allowedRegions());
            changed = true;
        }
        return changed;
    }

    private boolean apply(Card card, SpendingLimit current, Amount wanted, LimitPeriod period) {
        if (current == null && wanted == null) {
            return false;
        }
        if (current == null) {
            limits.addLimit(card.contractId(), card.id(), LimitRule.of(LimitMeasure.MONEY, period, wanted, List.of()));
        } else if (wanted == null) {
            limits.removeLimit(current.id());
        } else if (current.value() != wanted.minorUnits()) {
            limits.changeLimit(current.id(), wanted.minorUnits());
        } else {
            return false;
        }
        return true;
    }

    /** The rules a parent sets, as the card has them now. */
    private static PupilRules asSet(Card card, CardRules rules) {
        CardRestriction restriction = rules.restriction().orElse(null);
        return new PupilRules(amountOf(own(card, rules, LimitPeriod.DAY)), amountOf(own(card, rules, LimitPeriod.TRANSACTION)),
                restriction == null ? List.of() : restriction.forbiddenCategories().stream()
                        .filter(PupilRules.CATEGORIES::contains).toList(),
                restriction == null ? null : restriction.timeFrom(), restriction == null ? null : restriction.timeTo());
    }

    /** The card's own limit of money for every purchase over the period, if it has one. */
    private static SpendingLimit own(Card card, CardRules rules, LimitPeriod period) {
        return rules.limits().stream().filter(limit -> card.id().equals(limit.cardId()) && limit.measure() == LimitMeasure.MONEY
                && limit.period() == period && limit.categories().isEmpty()).findFirst().orElse(null);
    }

    private static Amount amountOf(SpendingLimit limit) {
        return limit == null ? null : Amount.ofMinorUnits(limit.value(), Currency.RUB);
    }

    private Card childCard(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }
}
