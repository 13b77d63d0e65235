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
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealPupil;
import org.cardhub.meals.entity.GroupMealReason;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.PreOrderLine;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.school.entity.SchoolClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Serves a group meal, each in a transaction of its own, its row locked first so the timer on several servers and the
 * canteen's mark act once: at lunch time of its day by the clock, or when the canteen marks it served. Serving pays
 * every pupil's part — a held one settled from its hold as a purchase dish by dish, a beneficiary's paid from the
 * school's meal budget (and counted as the pupil's free meal of the day). The money operations are idempotent by keys of
 * the meal and card, so work interrupted between the money and the rows is finished at the next run; a budget that could
 * not pay is tried again by the next runs that day and the next.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GroupMealWork {

    private static final Logger LOG = Logger.getLogger(GroupMealWork.class.getName());
    private static final String SOURCE = "system:meals";
    /** Beneficiaries' parts the budget could not pay, reported once rather than at every run. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

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

    /** Serves the meal if its lunch time has come (true then), and pays what a served one still owes. */
    public boolean serveIfDue(long groupMealId, Instant now) {
        GroupMeal meal = em.find(GroupMeal.class, groupMealId, LockModeType.PESSIMISTIC_WRITE);
        if (meal == null) {
            return false;
        }
        Contract school = queries.schoolContract(meal.schoolId());
        boolean served = meal.serveIfDue(now, canteens.rulesOf(meal.schoolId()).lunch(meal.mealDate(), school.timeZone()));
        if (meal.status() == GroupMealStatus.SERVED) {
            pay(meal, school, now);
        }
        if (served) {
            audit.record(SOURCE, "meals.group-meal.served", AuditSubject.ORGANIZATION, meal.schoolId(),
                    "group meal " + meal.id() + " of " + MealTexts.day(meal.mealDate()) + " served at lunch time");
        }
        return served;
    }

    /** The canteen served it (on its day or later): paid now; marking it again changes nothing. */
    public GroupMeal markServed(long groupMealId, Instant now) {
        GroupMeal meal = em.find(GroupMeal.class, groupMealId, LockModeType.PESSIMISTIC_WRITE);
        if (meal == null) {
            throw new AccessDeniedException("group meal", groupMealId);
        }
        Contract school = queries.schoolContract(meal.schoolId());
        String by = audit.actor("ui:canteen");
        if (meal.markServed(by, now, LocalDate.ofInstant(now, school.timeZone()))) {
            pay(meal, school, now);
            audit.record(by, "meals.group-meal.served", AuditSubject.ORGANIZATION, meal.schoolId(),
                    "group meal " + meal.id() + " of " + MealTexts.day(meal.mealDate()) + " marked served");
        }
        return meal;
    }

    private void pay(GroupMeal meal, Contract school, Instant now) {
        String className = Optional.ofNullable(em.find(SchoolClass.class, meal.classId())).map(SchoolClass::name).orElse("");
        List<Spend.Item> items = meal.dishes().stream().map(PreOrderLine::asItem).toList();
        for (GroupMealPupil pupil : meal.pupils()) {
            if (!pupil.awaitsPayment()) {
                continue;
            }
            if (pupil.outcome() == GroupMealOutcome.HELD) {
                settle(meal, pupil, items, className);
            } else {
                payFromBudget(meal, pupil, items, className, school, now);
            }
        }
    }

    private void settle(GroupMeal meal, GroupMealPupil pupil, List<Spend.Item> items, String className) {
        Outcome paid = payments.settle(meal.servingKey(pupil.cardId()), meal.holdKey(pupil.cardId()), items,
                MealTexts.groupMealDescription(className, meal.mealDate()), SOURCE);
        if (paid.isApproved()) {
            pupil.paid(paid.entryId());
        } else {
            pupil.unpaid(GroupMealReason.NOT_SETTLED);
            LOG.warning(() -> "Group meal " + meal.id() + ": the hold of card " + pupil.cardId() + " could not be settled, "
                    + "the part is not paid: " + paid.message());
        }
    }

    private void payFromBudget(GroupMeal meal, GroupMealPupil pupil, List<Spend.Item> items, String className,
                               Contract school, Instant now) {
        long cardId = pupil.cardId();
        MealBenefit benefit = em.find(MealBenefit.class, cardId);
        BenefitKind kind = benefit == null ? null : em.find(BenefitKind.class, benefit.kindCode());
        String description = kind == null ? MealTexts.groupMealDescription(className, meal.mealDate()) + " за счёт школы"
                : MealTexts.groupMealFreeDescription(className, meal.mealDate(), kind);
        Outcome paid = payments.sponsoredPurchase(meal.freeMealKey(cardId),
                new PurseRef(null, school.number(), AccountPurpose.CANTEEN, Currency.RUB), CardRef.id(cardId), items,
                ProductCategory.FREE_MEAL, description, SOURCE);
        if (!paid.isApproved()) {
            pupil.unpaid(paid.reason() == DeclineCode.INSUFFICIENT_FUNDS ? GroupMealReason.BUDGET_SHORT : GroupMealReason.NOT_SETTLED);
            if (REPORTED.add(meal.id() + "/" + cardId)) {
                LOG.warning(() -> "GROUP MEAL NOT PAID BY THE BUDGET: group meal " + meal.id() + ", card " + cardId + " — "
                        + paid.message() + ". Tried again at the next runs once the budget of " + school.number() + " is funded.");
            }
            return;
        }
        pupil.paid(paid.entryId());
        // the group meal is the beneficiary's free meal of the day: the day's own free meal is not given on top of it
        if (kind != null && em.find(FreeMeal.class, new FreeMeal.Key(cardId, meal.mealDate())) == null) {
            em.persist(new FreeMeal(cardId, meal.mealDate(), kind.code(), paid.approvedAmount(), paid.entryId(), now));
        }
    }
}
