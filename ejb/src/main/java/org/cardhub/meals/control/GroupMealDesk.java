package org.cardhub.meals.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealPupil;
import org.cardhub.meals.entity.GroupMealReason;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderLine;
import org.cardhub.money.Amount;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Reservation;
import org.cardhub.payments.entity.Spend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Orders and cancels a group meal in one transaction with its money. The order's row is written first (its request id
 * is unique, so a page submitted twice orders once), then each pupil's part is decided: refused for a parent's
 * pre-order or another group meal of the day; free for a beneficiary when the school has a meal budget; otherwise the
 * card, the parents' limits and restrictions are asked and the price held on the canteen purse — refused, with the
 * reason, when any says no. Called by {@link org.cardhub.meals.boundary.GroupMeals}, which has checked the class.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class GroupMealDesk {

    private static final Logger LOG = Logger.getLogger(GroupMealDesk.class.getName());
    private static final String SOURCE = "ui:teacher";

    /** What a teacher asks for: the pupils (checked to be of the class), the day, the dishes, the page's request. */
    public record Order(long schoolId, ZoneId zone, long classId, String className, List<Long> cardIds, LocalDate day,
                        Map<Long, Integer> quantities, String requestId) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    AuditLog audit;

    @Inject
    Canteens canteens;

    @Inject
    GroupMealQueries queries;

    public GroupMeal order(Order order, Instant now) {
        Optional<GroupMeal> earlier = queries.byRequest(order.requestId());
        if (earlier.isPresent()) {
            if (!earlier.get().isFor(order.classId(), order.day())) {
                throw new InvalidGroupMealException(InvalidGroupMealException.Code.REQUEST_REUSED,
                        "Request " + order.requestId() + " ordered another group meal");
            }
            return earlier.get();
        }
        CanteenRules rules = canteens.rulesOf(order.schoolId());
        rules.refusalToOrderForClass(order.day(), now, order.zone()).ifPresent(refusal -> {
            throw refusal;
        });
        Menu menu = canteens.publishedMenu(order.schoolId(), order.day()).orElseThrow(() -> new InvalidGroupMealException(
                InvalidGroupMealException.Code.NO_MENU, "No menu published for " + order.day()));
        // one group meal of the school's day at a time, so "already in another group meal" stays true until commit
        em.lock(menu, LockModeType.PESSIMISTIC_WRITE);
        List<PreOrderLine> dishes = GroupMeal.dishesOf(menu, order.quantities());
        String by = audit.actor(SOURCE);
        GroupMeal meal = new GroupMeal(order.schoolId(), order.classId(), menu, dishes, order.requestId(), by, now);
        em.persist(meal);
        // the request's row first: the same page submitted again waits for it, fails on the unique request id, finds it
        em.flush();
        List<Long> held = new ArrayList<>();
        try {
            Facts facts = facts(order, meal);
            for (long cardId : order.cardIds()) {
                if (join(meal, cardId, facts, rules, order, now).outcome() == GroupMealOutcome.HELD) {
                    held.add(cardId);
                }
            }
        } catch (RuntimeException failure) {
            // each hold committed on its own: a meal that is not written holds nothing
            held.forEach(cardId -> payments.reverse(meal.releaseKey(cardId), meal.holdKey(cardId), SOURCE));
            throw failure;
        }
        audit.record(by, "meals.group-meal.order", AuditSubject.ORGANIZATION, order.schoolId(), order.className() + ", "
                + MealTexts.day(order.day()) + ": " + MealTexts.dishes(dishes) + " — " + meal.pupilTotal().toPlainString()
                + " RUB a pupil; " + count(meal, GroupMealOutcome.HELD) + " held, " + count(meal, GroupMealOutcome.FREE)
                + " free, " + count(meal, GroupMealOutcome.REFUSED) + " refused (group meal " + meal.id() + ")");
        return meal;
    }

    /** Cancels an order not yet served, before its lunch time: every pupil's hold is released at once. */
    public GroupMeal cancel(long groupMealId, Instant now) {
        GroupMeal meal = em.find(GroupMeal.class, groupMealId, LockModeType.PESSIMISTIC_WRITE);
        if (meal == null) {
            throw new AccessDeniedException("group meal", groupMealId);
        }
        Contract school = queries.schoolContract(meal.schoolId());
        CanteenRules rules = canteens.rulesOf(meal.schoolId());
        String by = audit.actor(SOURCE);
        if (!meal.cancel(by, now, rules.lunch(meal.mealDate(), school.timeZone()))) {
            return meal;
        }
        em.flush();
        for (GroupMealPupil pupil : meal.pupils()) {
            if (pupil.outcome() == GroupMealOutcome.HELD) {
                Outcome released = payments.reverse(meal.releaseKey(pupil.cardId()), meal.holdKey(pupil.cardId()), SOURCE);
                if (!released.isApproved()) {
                    LOG.warning(() -> "Group meal " + groupMealId + " cancelled; the hold of card " + pupil.cardId()
                            + " was no longer there: " + released.message());
                }
            }
        }
        audit.record(by, "meals.group-meal.cancel", AuditSubject.ORGANIZATION, meal.schoolId(), "group meal " + meal.id()
                + " of " + MealTexts.day(meal.mealDate()) + ": " + count(meal, GroupMealOutcome.HELD) + " holds released");
        return meal;
    }

    /** What decides the pupils' parts, read for all of them at once. */
    private record Facts(Map<Long, Card> cards, Set<Long> preOrdered, Set<Long> inOtherMeals, Map<Long, MealBenefit> benefits,
                         boolean budget) {
    }

    private Facts facts(Order order, GroupMeal meal) {
        List<Long> cards = order.cardIds();
        Contract contract = queries.schoolContract(order.schoolId());
        return new Facts(queries.cards(cards), queries.preOrdered(cards, order.day()),
                queries.inGroupMeals(cards, order.day(), meal.id()), queries.benefits(cards, order.day()),
                queries.hasBudget(contract.id()));
    }

    private GroupMealPupil join(GroupMeal meal, long cardId, Facts facts, CanteenRules rules, Order order, Instant now) {
        if (facts.preOrdered().contains(cardId)) {
            return meal.refused(cardId, GroupMealReason.PRE_ORDERED);
        }
        if (facts.inOtherMeals().contains(cardId)) {
            return meal.refused(cardId, GroupMealReason.ALREADY_ORDERED);
        }
        if (facts.benefits().containsKey(cardId)) {
            return facts.budget() ? meal.free(cardId) : meal.refused(cardId, GroupMealReason.NO_BUDGET);
        }
        Card card = facts.cards().get(cardId);
        Optional<GroupMealReason> refused = refusalOf(card, LocalDate.ofInstant(now, order.zone()))
                .or(() -> refusalByLimits(card, meal, now));
        if (refused.isPresent()) {
            return meal.refused(cardId, refused.get());
        }
        Outcome reserved = payments.reserveForPupil(meal.holdKey(cardId), new Reservation(CardRef.id(cardId),
                AccountPurpose.CANTEEN, meal.pupilTotal(), ProductCategory.MEAL.code(), rules.lunch(order.day(), order.zone()),
                rules.holdExpiry(order.day(), order.zone()), null), SOURCE);
        return reserved.isApproved() ? meal.held(cardId) : meal.refused(cardId, GroupMealReason.of(reserved.reason()));
    }

    private static Optional<GroupMealReason> refusalOf(Card card, LocalDate today) {
        if (card == null) {
            return Optional.of(GroupMealReason.CARD_INACTIVE);
        }
        return card.refusalToPay(today).map(refusal -> card.status() == CardStatus.BLOCKED
                ? GroupMealReason.CARD_BLOCKED : GroupMealReason.CARD_INACTIVE);
    }

    /**
     * What the parents' limits and restrictions say, as at the till: the whole meal as a meal, then each category of its
     * dishes for its part (a parent who forbade the buffet forbids its bun). Usage is counted as of now, not of the day.
     */
    private Optional<GroupMealReason> refusalByLimits(Card card, GroupMeal meal, Instant now) {
        Map<String, List<PreOrderLine>> byCategory = new LinkedHashMap<>();
        byCategory.put(ProductCategory.MEAL.code(), meal.dishes());
        for (PreOrderLine dish : meal.dishes()) {
            byCategory.computeIfAbsent(dish.category(), category -> new ArrayList<>()).add(dish);
        }
        for (Map.Entry<String, List<PreOrderLine>> part : byCategory.entrySet()) {
            Amount amount = PreOrder.totalOf(part.getValue());
            if (!amount.isPositive()) {
                continue;
            }
            Outcome checked = payments.check(new Spend(CardRef.id(card.id()), amount, null, null, part.getKey(), null, null,
                    now, part.getValue().stream().map(PreOrderLine::asItem).toList()));
            // the check is of this moment; the meal is eaten at lunch, so the hours a card may be used at are not asked
            if (!checked.isApproved() && checked.reason() != DeclineCode.OUTSIDE_TIME_WINDOW) {
                return Optional.of(GroupMealReason.of(checked.reason()));
            }
        }
        return Optional.empty();
    }

    private static long count(GroupMeal meal, GroupMealOutcome outcome) {
        return meal.pupils().stream().filter(pupil -> pupil.outcome() == outcome).count();
    }
}
