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
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.meals.control.Canteens.Pupil;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderLine;
import org.cardhub.money.Amount;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places, changes and cancels a pre-order in one transaction with its money: the day's row is taken (and locked)
 * before the total is held, so a page submitted twice holds once and a refusal for funds leaves nothing behind.
 * A pupil a teacher's group meal of the day feeds is refused: one meal a day, as the group meal refuses a pre-ordered one.
 * Called by {@link org.cardhub.meals.boundary.PreOrders}, which has checked the caller's right to the card.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PreOrderDesk {

    private static final String SOURCE = "ui:parent";

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    AuditLog audit;

    @Inject
    Canteens canteens;

    @Inject
    GroupMealQueries groupMeals;

    public PreOrder place(long cardId, LocalDate day, Map<Long, Integer> quantities, String requestId, Instant now) {
        Pupil pupil = canteens.pupil(cardId);
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        rules.refusalToOrder(day, now, pupil.zone()).ifPresent(refusal -> {
            throw refusal;
        });
        Menu menu = canteens.publishedMenu(pupil.schoolId(), day).orElseThrow(() -> new InvalidPreOrderException(
                InvalidPreOrderException.Code.NO_MENU, "No menu published for " + day));
        // the lock a teacher's group meal takes: a pupil ordered by both at once is in the one committed first only
        em.lock(menu, LockModeType.PESSIMISTIC_WRITE);
        List<PreOrderLine> lines = menu.linesFor(quantities);
        Amount total = PreOrder.totalOf(lines);
        Optional<PreOrder> existing = canteens.orderOf(cardId, day, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent() && existing.get().isRepeatOf(requestId)) {
            return existing.get();
        }
        if (!groupMeals.inGroupMeals(List.of(cardId), day, -1).isEmpty()) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.IN_GROUP_MEAL,
                    "Card " + cardId + " is in a teacher's group meal of " + day);
        }
        OperationKey hold = new OperationKey("meals:pre-order", cardId + ":" + day + ":" + requestId);
        String by = audit.actor(SOURCE);
        OperationKey replaced = existing.map(PreOrder::heldNow).orElse(null);
        PreOrder order = existing.orElseGet(() -> new PreOrder(cardId, menu, lines, hold, requestId, by, now));
        if (existing.isPresent()) {
            order.place(menu, lines, hold, requestId, by, now);
        } else {
            em.persist(order);
        }
        // the day's row is written first: a concurrent first order of the day waits for it, fails, and is run again
        em.flush();
        Outcome held = payments.reserve(hold, new Reservation(CardRef.id(cardId), AccountPurpose.CANTEEN, total,
                ProductCategory.MEAL.code(), rules.lunch(day, pupil.zone()), rules.holdExpiry(day, pupil.zone()), replaced), SOURCE);
        if (!held.isApproved()) {
            throw refusalOf(held, cardId, total);
        }
        audit.record(by, replaced == null ? "meals.pre-order.place" : "meals.pre-order.change", AuditSubject.CARD, cardId,
                MealTexts.day(day) + ": " + MealTexts.dishes(lines) + " — " + total.toPlainString() + " RUB held");
        return order;
    }

    public PreOrder cancel(long preOrderId, String requestId, Instant now) {
        PreOrder order = em.find(PreOrder.class, preOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new AccessDeniedException("pre-order", preOrderId);
        }
        if (order.isRepeatOf(requestId)) {
            return order;
        }
        Pupil pupil = canteens.pupil(order.cardId());
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        if (!rules.isOpenForOrders(order.mealDate(), now, pupil.zone())) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.NOT_CHANGEABLE,
                    "Orders for " + order.mealDate() + " are closed: it is too late to cancel");
        }
        String by = audit.actor(SOURCE);
        order.cancel(requestId, by, now);
        em.flush();
        Outcome released = payments.reverse(order.releaseKey(), order.hold(), SOURCE);
        audit.record(by, "meals.pre-order.cancel", AuditSubject.CARD, order.cardId(), MealTexts.day(order.mealDate()) + ": "
                + order.total().toPlainString() + " RUB " + (released.isApproved() ? "released" : "no longer held: " + released.message()));
        return order;
    }

    private InvalidPreOrderException refusalOf(Outcome declined, long cardId, Amount total) {
        return switch (declined.reason()) {
            case INSUFFICIENT_FUNDS -> InvalidPreOrderException.fundsShort(canteens.canteenAvailable(cardId), total);
            case DUPLICATE_CONFLICT -> new InvalidPreOrderException(InvalidPreOrderException.Code.REQUEST_INVALID,
                    "This page's request was used for another order: " + declined.message());
            case REFERENCE_UNKNOWN -> new InvalidPreOrderException(InvalidPreOrderException.Code.NOT_CHANGEABLE,
                    declined.message());
            default -> new InvalidPreOrderException(InvalidPreOrderException.Code.CARD_NOT_USABLE, declined.message());
        };
    }
}
