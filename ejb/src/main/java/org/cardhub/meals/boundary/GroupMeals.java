package org.cardhub.meals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.meals.control.Canteens;
import org.cardhub.meals.control.GroupMealDesk;
import org.cardhub.meals.control.GroupMealQueries;
import org.cardhub.meals.control.GroupMealWork;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealCandidate;
import org.cardhub.meals.entity.GroupMealDay;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.PupilRow;
import org.cardhub.school.entity.SchoolRef;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A teacher's group meals: a meal from the day's published menu ordered for the class or some of its pupils, each
 * pupil's part held on their canteen purse (a beneficiary's paid from the school's meal budget) or refused with the
 * reason; cancelled until served, which the canteen marks or lunch time brings ({@link MealDay}). Access is the
 * staff's ({@link StaffDirectory}): a teacher their classes, a director their school, the canteen supplier the schools
 * it supplies (read and mark served), the back office everything; every chosen card must be a pupil of the class.
 *
 * <p>Each order carries the page's request id: the same id again (a double click, a page submitted twice) orders
 * nothing more and answers with the order made.</p>
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.CANTEEN, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GroupMeals {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int ATTEMPTS = 3;
    private static final int HISTORY_DAYS = 30;

    @EJB
    StaffDirectory staff;

    @EJB
    GroupMealDesk desk;

    @EJB
    GroupMealWork work;

    @Inject
    Canteens canteens;

    @Inject
    GroupMealQueries queries;

    private final Clock clock = Clock.systemUTC();

    /**
     * The class's day: the published menu, whether a group meal may be ordered now, the pupils with their balances —
     * the ordering form, so not the canteen supplier's to read (pupils' balances are the family's and the school's).
     */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
    public GroupMealDay day(long classId, LocalDate date) {
        ClassRef schoolClass = staff.requireClass(classId);
        SchoolRef school = staff.requireSchool(schoolClass.schoolId());
        CanteenRules rules = canteens.rulesOf(school.id());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, school.zone());
        LocalDate day = date == null ? today : date;
        List<DishOffer> dishes = canteens.publishedMenu(school.id(), day).map(Menu::dishes).orElse(List.of()).stream()
                .map(dish -> DishOffer.of(dish, 0)).toList();
        InvalidGroupMealException.Code closed = rules.refusalToOrderForClass(day, now, school.zone())
                .map(InvalidGroupMealException::code).orElse(dishes.isEmpty() ? InvalidGroupMealException.Code.NO_MENU : null);
        return new GroupMealDay(classId, schoolClass.name(), school.zone().getId(), day, today, rules.lastOrderableDay(today),
                closed, rules.attendanceDeadline(today, school.zone()), dishes, candidates(staff.pupilsOf(classId), day));
    }

    /** The class's group meals of the last month and the days ahead, the latest day first. */
    public List<GroupMealSummary> ofClass(long classId) {
        ClassRef schoolClass = staff.requireClass(classId);
        SchoolRef school = staff.requireSchool(schoolClass.schoolId());
        LocalDate today = LocalDate.now(clock.withZone(school.zone()));
        List<GroupMeal> meals = queries.ofClass(classId, today.minusDays(HISTORY_DAYS),
                canteens.rulesOf(school.id()).lastOrderableDay(today));
        return summaries(meals, Map.of(classId, schoolClass.name()), Map.of(school.id(), school));
    }

    /**
     * Orders {@code quantities} (by dish id) of the day's menu for each of the class's pupils in {@code cardIds} (null:
     * all of them). Refused with {@link InvalidGroupMealException}, nothing written or held: a card not of the class, no
     * pupil, the day closed or without a menu, nothing chosen. A pupil who cannot be in it is listed with the reason.
     */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GroupMealSummary order(long classId, LocalDate date, Map<Long, Integer> quantities, Collection<Long> cardIds,
                                  String requestId) {
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.REQUEST_INVALID,
                    "A request id of 8 to 64 letters, digits and dashes is needed");
        }
        if (date == null || quantities == null) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.NOTHING_CHOSEN, "A day and dishes are needed");
        }
        ClassRef schoolClass = staff.requireClass(classId);
        SchoolRef school = staff.requireSchool(schoolClass.schoolId());
        List<Long> chosen = chosen(schoolClass, staff.pupilsOf(classId), cardIds);
        Map<Long, Integer> dishes = withoutNulls(quantities);
        GroupMealDesk.Order order = new GroupMealDesk.Order(school.id(), school.zone(), classId, schoolClass.name(), chosen,
                date, dishes, requestId);
        GroupMeal meal = withRetries(() -> desk.order(order, Instant.now(clock)));
        return summaries(List.of(meal), Map.of(classId, schoolClass.name()), Map.of(school.id(), school)).get(0);
    }

    /** Cancels an order not yet served, before its lunch time; every pupil's money is free again at once. */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GroupMealSummary cancel(long groupMealId) {
        ClassRef schoolClass = classOf(groupMealId);
        GroupMeal meal = withRetries(() -> desk.cancel(groupMealId, Instant.now(clock)));
        return summaries(List.of(meal), Map.of(schoolClass.id(), schoolClass.name()),
                Map.of(schoolClass.schoolId(), staff.requireSchool(schoolClass.schoolId()))).get(0);
    }

    /** The canteen served it: every pupil's part is paid now. Only the school's canteen supplier (or the back office). */
    @RolesAllowed({Role.Names.CANTEEN, Role.Names.BACKOFFICE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GroupMealSummary markServed(long groupMealId) {
        ClassRef schoolClass = classOf(groupMealId);
        if (!staff.suppliesCanteen(schoolClass.schoolId())) {
            throw new AccessDeniedException("group meal", groupMealId);
        }
        GroupMeal meal = withRetries(() -> work.markServed(groupMealId, Instant.now(clock)));
        return summaries(List.of(meal), Map.of(schoolClass.id(), schoolClass.name()),
                Map.of(schoolClass.schoolId(), staff.requireSchool(schoolClass.schoolId()))).get(0);
    }

    /** Today's group meals (in each school's zone) of the schools the caller's organisation supplies, by school and class. */
    @RolesAllowed({Role.Names.CANTEEN, Role.Names.BACKOFFICE})
    public List<GroupMealSummary> today() {
        Map<Long, SchoolRef> schools = new HashMap<>();
        for (SchoolRef school : staff.mySchools()) {
            if (staff.suppliesCanteen(school.id())) {
                schools.put(school.id(), school);
            }
        }
        LocalDate utc = LocalDate.now(clock);
        List<GroupMeal> meals = queries.ofSchools(schools.keySet(), utc.minusDays(1), utc.plusDays(1)).stream()
                .filter(meal -> meal.mealDate().equals(LocalDate.now(clock.withZone(schools.get(meal.schoolId()).zone()))))
                .toList();
        Map<Long, String> classNames = new HashMap<>();
        meals.stream().map(GroupMeal::schoolId).distinct().forEach(school -> staff.myClasses(school)
                .forEach(reached -> classNames.put(reached.id(), reached.name())));
        return summaries(meals, classNames, schools);
    }

    private ClassRef classOf(long groupMealId) {
        GroupMeal meal = queries.find(groupMealId).orElseThrow(() -> new AccessDeniedException("group meal", groupMealId));
        return staff.requireClass(meal.classId());
    }

    private List<GroupMealCandidate> candidates(List<PupilRow> pupils, LocalDate day) {
        List<Long> cards = pupils.stream().map(PupilRow::cardId).toList();
        Map<Long, Amount> balances = queries.canteenAvailable(cards);
        Map<Long, MealBenefit> benefits = queries.benefits(cards, day);
        Map<String, BenefitKind> kinds = benefits.isEmpty() ? Map.of() : queries.benefitKinds();
        Set<Long> preOrdered = queries.preOrdered(cards, day);
        Set<Long> inGroupMeals = queries.inGroupMeals(cards, day, -1);
        List<GroupMealCandidate> candidates = new ArrayList<>();
        for (PupilRow pupil : pupils) {
            BenefitKind kind = benefits.containsKey(pupil.cardId()) ? kinds.get(benefits.get(pupil.cardId()).kindCode()) : null;
            candidates.add(new GroupMealCandidate(pupil.cardId(), pupil.name(),
                    balances.getOrDefault(pupil.cardId(), Amount.zero(Currency.RUB)), kind == null ? null : kind.nameRu(),
                    kind == null ? null : kind.nameEn(), preOrdered.contains(pupil.cardId()), inGroupMeals.contains(pupil.cardId())));
        }
        return candidates;
    }

    private List<GroupMealSummary> summaries(List<GroupMeal> meals, Map<Long, String> classNames, Map<Long, SchoolRef> schools) {
        Instant now = Instant.now(clock);
        Map<Long, String> names = queries.names(meals.stream().flatMap(meal -> meal.pupils().stream())
                .map(pupil -> pupil.cardId()).distinct().toList());
        return meals.stream().map(meal -> {
            SchoolRef school = schools.get(meal.schoolId());
            Instant lunch = canteens.rulesOf(meal.schoolId()).lunch(meal.mealDate(), school.zone());
            return GroupMealSummary.of(meal, classNames.getOrDefault(meal.classId(), ""), names, meal.isCancellableAt(now, lunch),
                    meal.isServableOn(LocalDate.ofInstant(now, school.zone())));
        }).toList();
    }

    /** The cards of the class chosen, in the class's order; every one must be its pupil. */
    private static List<Long> chosen(ClassRef schoolClass, List<PupilRow> pupils, Collection<Long> cardIds) {
        List<Long> ofClass = pupils.stream().map(PupilRow::cardId).toList();
        if (cardIds == null) {
            cardIds = ofClass;
        }
        Set<Long> wanted = new LinkedHashSet<>(cardIds);
        for (Long cardId : wanted) {
            if (cardId == null || !ofClass.contains(cardId)) {
                throw InvalidGroupMealException.notInClass(cardId == null ? -1 : cardId, schoolClass.name());
            }
        }
        if (wanted.isEmpty()) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.NO_PUPILS, "No pupil chosen");
        }
        return ofClass.stream().filter(wanted::contains).toList();
    }

    private static Map<Long, Integer> withoutNulls(Map<Long, Integer> quantities) {
        Map<Long, Integer> kept = new HashMap<>();
        quantities.forEach((dish, quantity) -> {
            if (dish != null && quantity != null) {
                kept.put(dish, quantity);
            }
        });
        return kept;
    }

    /**
     * Runs the work again when it lost a race: the same page's request written at the same moment by another submission
     * (the request id is unique), or the row changed under it. The next run finds the other submission's order.
     */
    private static <T> T withRetries(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (EJBException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
