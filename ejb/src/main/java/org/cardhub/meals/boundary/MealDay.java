package org.cardhub.meals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.meals.control.FreeMealPosting;
import org.cardhub.meals.control.GroupMealWork;
import org.cardhub.meals.control.MealDayWork;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.MealTexts;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The school day's meal work as of a moment — the timer passes the clock's now, tests a moment of their choosing:
 * waiting pre-orders whose attendance deadline has passed are released for pupils with no turnstile entry (the parents
 * told) and served at lunch for those who came; teachers' group meals are served at lunch; beneficiaries who came get
 * their free meal from lunch on. Each order, group meal and free meal in a transaction of its own, so one that fails is
 * tried at the next run and stops none of the others; everything is idempotent, so a run may repeat or overlap another. Local to the application: no adapter exposes it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MealDay {

    private static final Logger LOG = Logger.getLogger(MealDay.class.getName());
    private static final int BATCH = 500;
    /** Free meals not given for want of budget, reported once per pupil and day rather than at every run. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    @EJB
    MealDayWork work;

    @EJB
    FreeMealPosting freeMeals;

    @EJB
    GroupMealWork groupMeals;

    /** What a run did. */
    public record Run(int released, int served, int freeMealsGiven, int groupMealsServed) {
    }

    /** The work due at {@code now} in every school. */
    public Run runAt(Instant now) {
        return run(now, null);
    }

    /** The work due at {@code now} in one school (an organisation) only. */
    public Run runAt(Instant now, long schoolId) {
        return run(now, schoolId);
    }

    private Run run(Instant now, Long schoolId) {
        int released = 0;
        int served = 0;
        for (Long orderId : waitingOrders(now, schoolId)) {
            try {
                PreOrder.Due done = work.actOn(orderId, now);
                released += done == PreOrder.Due.RELEASE_ABSENT ? 1 : 0;
                served += done == PreOrder.Due.SERVE ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Pre-order " + orderId + " could not be settled now; next run again", e);
            }
        }
        // before the free meals: a beneficiary's part of a group meal is their free meal of the day
        int groupServed = serveGroupMeals(now, schoolId);
        int given = 0;
        for (Object[] beneficiary : beneficiaries(schoolId)) {
            long cardId = (Long) beneficiary[0];
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of((String) beneficiary[1]));
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                given += giveFreeMeal(cardId, day, now) ? 1 : 0;
            }
        }
        return new Run(released, served, given, groupServed);
    }

    private int serveGroupMeals(Instant now, Long schoolId) {
        int served = 0;
        for (Long groupMealId : groupMealsDue(now, schoolId)) {
            try {
                served += groupMeals.serveIfDue(groupMealId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Group meal " + groupMealId + " could not be served now; next run again", e);
            }
        }
        return served;
    }

    private boolean giveFreeMeal(long cardId, LocalDate day, Instant now) {
        try {
            FreeMealPosting.Result result = freeMeals.give(cardId, day, now);
            if (result.refusal() != null && REPORTED.add(cardId + ":" + day)) {
                LOG.warning(() -> "FREE MEAL NOT GIVEN: card " + cardId + ", " + MealTexts.day(day) + " — " + result.refusal()
                        + ". Nothing was posted; it is given at the next run once this is put right (the same day).");
            }
            return result.given();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Free meal of card " + cardId + " on " + day + " could not be given now; next run again", e);
            return false;
        }
    }

    /** Orders still waiting whose day may have begun somewhere: up to tomorrow in UTC, as some zones are ahead of it. */
    private List<Long> waitingOrders(Instant now, Long schoolId) {
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        String school = schoolId == null ? "" : " AND EXISTS (SELECT c FROM Card c, Contract k WHERE c.id = p.cardId "
                + "AND k.id = c.contractId AND k.organizationId = :school)";
        var query = em.createQuery("SELECT p.id FROM PreOrder p WHERE p.status = :waiting AND p.mealDate <= :latest"
                        + school + " ORDER BY p.mealDate, p.id", Long.class)
                .setParameter("waiting", PreOrderStatus.WAITING).setParameter("latest", latest).setMaxResults(BATCH);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        return query.getResultList();
    }

    /**
     * The group meals the school day's run looks at: ordered ones whose day may have begun somewhere (up to tomorrow in
     * UTC), and served ones of the last two days with a beneficiary's part the budget has not paid yet.
     */
    private List<Long> groupMealsDue(Instant now, Long schoolId) {
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        String school = schoolId == null ? "" : " AND g.schoolId = :school";
        var query = em.createQuery("SELECT g.id FROM GroupMeal g WHERE g.mealDate <= :latest" + school
                        + " AND (g.status = :ordered OR (g.status = :served AND g.mealDate >= :since AND EXISTS (SELECT p.id "
                        + "FROM GroupMealPupil p WHERE p.groupMeal = g AND p.outcome = :free AND p.entryId IS NULL))) "
                        + "ORDER BY g.mealDate, g.id", Long.class)
                .setParameter("latest", latest).setParameter("since", latest.minusDays(2))
                .setParameter("ordered", GroupMealStatus.ORDERED).setParameter("served", GroupMealStatus.SERVED)
                .setParameter("free", GroupMealOutcome.FREE).setMaxResults(BATCH);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        return query.getResultList();
    }

    /** Beneficiaries' cards still in use, with their school's time zone. */
    private List<Object[]> beneficiaries(Long schoolId) {
        String school = schoolId == null ? "" : " AND k.organizationId = :school";
        var query = em.createQuery("SELECT b.cardId, k.timeZone FROM MealBenefit b, Card c, Contract k "
                        + "WHERE c.id = b.cardId AND k.id = c.contractId AND c.status IN :usable" + school + " ORDER BY b.cardId",
                        Object[].class)
                .setParameter("usable", List.of(CardStatus.ACTIVE, CardStatus.BLOCKED));
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        return query.getResultList();
    }
}
