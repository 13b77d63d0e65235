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
import org.cardhub.meals.control.Canteens.Pupil;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderLine;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.school.boundary.AttendanceLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * A pre-order's day, each order in a transaction of its own: at the attendance deadline a pupil with no turnstile entry
 * has the order released and the parents told; at lunch a pupil who came has it served, paid from its hold as a
 * purchase dish by dish; the canteen may mark one not served (released, or refunded once paid). The order's row is
 * locked first, so the timer on several servers and the canteen's mark act once. The money operations are idempotent
 * by keys of the order's placement, so work interrupted between the money and the order's row is finished next time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MealDayWork {

    private static final Logger LOG = Logger.getLogger(MealDayWork.class.getName());
    private static final String SOURCE = "system:meals";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    AttendanceLog attendance;

    @EJB
    GuardianNotices notices;

    @EJB
    AuditLog audit;

    @Inject
    Canteens canteens;

    /** Does what is due for the order at {@code now}: nothing, release it for an absent pupil, or serve it. */
    public PreOrder.Due actOn(long preOrderId, Instant now) {
        PreOrder order = em.find(PreOrder.class, preOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.status() != PreOrderStatus.WAITING) {
            return PreOrder.Due.NOTHING;
        }
        Pupil pupil = canteens.pupil(order.cardId());
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        LocalDate day = order.mealDate();
        ZoneId zone = pupil.zone();
        Instant deadline = rules.attendanceDeadline(day, zone);
        boolean entered = !now.isBefore(deadline) && attendance.entered(order.cardId(), rules.startOf(day, zone), deadline);
        PreOrder.Due due = order.dueAt(now, deadline, rules.lunch(day, zone), entered);
        switch (due) {
            case RELEASE_ABSENT -> releaseForAbsence(order, pupil, rules, now);
            case SERVE -> serve(order, now);
            case NOTHING -> { }
        }
        return due;
    }

    /** The canteen did not serve it: a waiting order's hold is released, a served one's purchase booked back. */
    public PreOrder markNotServed(long preOrderId, Instant now) {
        PreOrder order = em.find(PreOrder.class, preOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new AccessDeniedException("pre-order", preOrderId);
        }
        String by = audit.actor(SOURCE);
        PreOrderStatus before = order.notServed(by, now);
        Outcome undone = before == PreOrderStatus.SERVED
                ? payments.reverse(order.refundKey(), order.servingKey(), SOURCE)
                : payments.reverse(order.releaseKey(), order.hold(), SOURCE);
        if (!undone.isApproved()) {
            LOG.warning(() -> "Pre-order " + preOrderId + " marked not served, but its money was not "
                    + (before == PreOrderStatus.SERVED ? "refunded" : "released") + ": " + undone.message());
        }
        Pupil pupil = canteens.pupil(order.cardId());
        notices.aboutCard(order.cardId(), "meal-not-served:" + order.hold().key(), Topic.MEAL_ORDER,
                MealTexts.notServedSubject(pupil.card().holderName(), order.mealDate(), order.total()),
                MealTexts.notServedBody(order, canteens.canteenAvailable(order.cardId())));
        audit.record(by, "meals.pre-order.not-served", AuditSubject.CARD, order.cardId(), MealTexts.day(order.mealDate())
                + ": " + order.total().toPlainString() + " RUB " + (before == PreOrderStatus.SERVED ? "refunded" : "released"));
        return order;
    }

    private void releaseForAbsence(PreOrder order, Pupil pupil, CanteenRules rules, Instant now) {
        Outcome released = payments.reverse(order.releaseKey(), order.hold(), SOURCE);
        order.absent(now);
        notices.aboutCard(order.cardId(), "meal-absent:" + order.hold().key(), Topic.MEAL_ORDER,
                MealTexts.absentSubject(pupil.card().holderName(), order.mealDate(), order.total()),
                MealTexts.absentBody(pupil.card().holderName(), order, CLOCK.format(rules.attendanceDeadlineTime()),
                        pupil.zone().getId(), canteens.canteenAvailable(order.cardId())));
        audit.record(SOURCE, "meals.pre-order.absent", AuditSubject.CARD, order.cardId(), MealTexts.day(order.mealDate())
                + ": no entry by the deadline, " + order.total().toPlainString() + " RUB "
                + (released.isApproved() ? "released" : "no longer held: " + released.message()));
    }

    private void serve(PreOrder order, Instant now) {
        Outcome paid = payments.settle(order.servingKey(), order.hold(),
                order.lines().stream().map(PreOrderLine::asItem).toList(), MealTexts.servedDescription(order.mealDate()), SOURCE);
        if (paid.isApproved()) {
            order.served(paid.entryId(), now);
            audit.record(SOURCE, "meals.pre-order.served", AuditSubject.CARD, order.cardId(), MealTexts.day(order.mealDate())
                    + ": " + order.total().toPlainString() + " RUB paid by entry " + paid.entryId());
        } else {
            order.lapsed(now);
            LOG.warning(() -> "Pre-order " + order.id() + " of card " + order.cardId() + " for " + order.mealDate()
                    + " could not be served from its hold, which ended without it: " + paid.message());
            audit.record(SOURCE, "meals.pre-order.lapsed", AuditSubject.CARD, order.cardId(), paid.message());
        }
    }
}
