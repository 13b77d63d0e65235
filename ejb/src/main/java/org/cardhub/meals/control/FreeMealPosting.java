package org.cardhub.meals.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.meals.control.Canteens.Pupil;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.meals.entity.FreeMealPlan;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.Menu;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.school.boundary.AttendanceLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A beneficiary's free meal of one school day, in a transaction of its own: due from lunch time to a pupil who came
 * through the turnstile by the attendance deadline on a day the school published a menu; paid from the school's meal
 * budget (the school contract's canteen account) as a purchase of the pupil's, dish by dish, booked under
 * {@link ProductCategory#FREE_MEAL}; at most once a pupil and day (the money operation's key and the free meal's row are
 * both the pupil's and the day's). A budget that cannot pay posts nothing: the refusal comes back to be reported.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FreeMealPosting {

    private static final String SOURCE = "system:meals";

    /** What became of a free meal that was due, or why none was. */
    public record Result(boolean given, String refusal) {

        static final Result NOT_DUE = new Result(false, null);

        static Result refused(String why) {
            return new Result(false, why);
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    AttendanceLog attendance;

    @Inject
    Canteens canteens;

    public Result give(long cardId, LocalDate day, Instant now) {
        MealBenefit benefit = em.find(MealBenefit.class, cardId);
        boolean given = em.find(FreeMeal.class, new FreeMeal.Key(cardId, day)) != null;
        if (benefit == null || given || !benefit.coversDay(day)) {
            return Result.NOT_DUE;
        }
        Pupil pupil = canteens.pupil(cardId);
        CanteenRules rules = canteens.rulesOf(pupil.schoolId());
        Instant lunch = rules.lunch(day, pupil.zone());
        if (now.isBefore(lunch)) {
            return Result.NOT_DUE;
        }
        Optional<Menu> menu = canteens.publishedMenu(pupil.schoolId(), day);
        boolean entered = menu.isPresent() && attendance.entered(cardId, rules.startOf(day, pupil.zone()),
                rules.attendanceDeadline(day, pupil.zone()));
        if (!FreeMealPlan.isDue(benefit, day, now, lunch, given, entered)) {
            return Result.NOT_DUE;
        }
        List<Spend.Item> items = FreeMealPlan.itemsFor(menu.get(), rules);
        if (items.isEmpty()) {
            return Result.refused("the menu of " + MealTexts.day(day) + " marks no free complex and the school has no free meal price");
        }
        BenefitKind kind = em.find(BenefitKind.class, benefit.kindCode());
        PurseRef budget = new PurseRef(null, pupil.contract().number(), AccountPurpose.CANTEEN, Currency.RUB);
        if (!hasBudget(pupil)) {
            return Result.refused("school contract " + pupil.contract().number() + " has no meal budget account");
        }
        Outcome paid = payments.sponsoredPurchase(FreeMeal.operationKey(cardId, day), budget, CardRef.id(cardId), items,
                ProductCategory.FREE_MEAL, kind.freeMealDescription(), SOURCE);
        if (!paid.isApproved()) {
            return Result.refused(paid.reason() == DeclineCode.INSUFFICIENT_FUNDS
                    ? "the meal budget of school contract " + pupil.contract().number() + " cannot pay it: " + paid.message()
                    : paid.message());
        }
        Amount amount = paid.approvedAmount();
        em.persist(new FreeMeal(cardId, day, kind.code(), amount, paid.entryId(), now));
        return new Result(true, null);
    }

    private boolean hasBudget(Pupil pupil) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.contractId = :contract AND a.cardId IS NULL "
                        + "AND a.purpose = :canteen AND a.currency = :rub", Long.class)
                .setParameter("contract", pupil.contract().id()).setParameter("canteen", AccountPurpose.CANTEEN)
                .setParameter("rub", Currency.RUB).getResultList().isEmpty();
    }
}
