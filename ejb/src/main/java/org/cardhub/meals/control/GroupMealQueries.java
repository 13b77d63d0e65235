package org.cardhub.meals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What group meals read, each a statement over all the pupils or meals at once (a class is read in a handful of
 * statements, whatever its size): the pupils' cards, balances, benefits, pre-orders and other group meals of a day; a
 * class's or schools' group meals with their pupils.
 */
@Dependent
public class GroupMealQueries {

    @PersistenceContext
    EntityManager em;

    public Optional<GroupMeal> find(long groupMealId) {
        return Optional.ofNullable(em.find(GroupMeal.class, groupMealId));
    }

    public Optional<GroupMeal> byRequest(String requestId) {
        return em.createQuery("SELECT g FROM GroupMeal g WHERE g.requestId = :request", GroupMeal.class)
                .setParameter("request", requestId).getResultStream().findFirst();
    }

    public Map<Long, Card> cards(Collection<Long> cardIds) {
        return byId(cardIds, ids -> em.createQuery("SELECT c FROM Card c WHERE c.id IN :cards", Card.class)
                .setParameter("cards", ids).getResultList(), Card::id);
    }

    public Map<Long, String> names(Collection<Long> cardIds) {
        return cards(cardIds).values().stream().collect(Collectors.toMap(Card::id, Card::holderName));
    }

    /** What each pupil's canteen purse can still pay; a pupil without one is missing. */
    public Map<Long, Amount> canteenAvailable(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.cardId IN :cards AND a.purpose = :canteen AND a.currency = :rub",
                        Account.class)
                .setParameter("cards", cardIds).setParameter("canteen", AccountPurpose.CANTEEN).setParameter("rub", Currency.RUB)
                .getResultStream().collect(Collectors.toMap(Account::cardId, Account::available, (first, second) -> first));
    }

    /** The pupils' benefits covering {@code day}. */
    public Map<Long, MealBenefit> benefits(Collection<Long> cardIds, LocalDate day) {
        return byId(cardIds, ids -> em.createQuery("SELECT b FROM MealBenefit b WHERE b.cardId IN :cards", MealBenefit.class)
                .setParameter("cards", ids).getResultStream().filter(benefit -> benefit.coversDay(day)).toList(),
                MealBenefit::cardId);
    }

    public Map<String, BenefitKind> benefitKinds() {
        return em.createQuery("SELECT k FROM BenefitKind k", BenefitKind.class).getResultStream()
                .collect(Collectors.toMap(BenefitKind::code, Function.identity()));
    }

    /** The pupils with a parent's pre-order for {@code day} still waiting or served. */
    public Set<Long> preOrdered(Collection<Long> cardIds, LocalDate day) {
        if (cardIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.cardId FROM PreOrder p WHERE p.cardId IN :cards AND p.mealDate = :day "
                        + "AND p.status IN :standing", Long.class)
                .setParameter("cards", cardIds).setParameter("day", day)
                .setParameter("standing", List.of(PreOrderStatus.WAITING, PreOrderStatus.SERVED)).getResultList());
    }

    /** The pupils in a group meal of {@code day} other than {@code except} that is not cancelled. */
    public Set<Long> inGroupMeals(Collection<Long> cardIds, LocalDate day, long except) {
        if (cardIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.cardId FROM GroupMealPupil p JOIN p.groupMeal g WHERE p.cardId IN :cards "
                        + "AND g.mealDate = :day AND g.status <> :cancelled AND g.id <> :except AND p.outcome <> :refused", Long.class)
                .setParameter("cards", cardIds).setParameter("day", day).setParameter("cancelled", GroupMealStatus.CANCELLED)
                .setParameter("except", except).setParameter("refused", GroupMealOutcome.REFUSED).getResultList());
    }

    /** The school's contract: its number, its zone, its own canteen account (the meal budget). */
    public Contract schoolContract(long schoolId) {
        return em.createQuery("SELECT k FROM Contract k WHERE k.organizationId = :school AND k.kind = :kind ORDER BY k.id",
                        Contract.class)
                .setParameter("school", schoolId).setParameter("kind", ContractKind.SCHOOL).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("No school contract of " + schoolId));
    }

    public boolean hasBudget(long contractId) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.contractId = :contract AND a.cardId IS NULL "
                        + "AND a.purpose = :canteen AND a.currency = :rub", Long.class)
                .setParameter("contract", contractId).setParameter("canteen", AccountPurpose.CANTEEN)
                .setParameter("rub", Currency.RUB).getResultList().isEmpty();
    }

    /** The class's group meals of {@code [from, to]}, the latest day first. */
    public List<GroupMeal> ofClass(long classId, LocalDate from, LocalDate to) {
        return withParts(em.createQuery("SELECT g FROM GroupMeal g WHERE g.classId = :class AND g.mealDate BETWEEN :from AND :to "
                        + "ORDER BY g.mealDate DESC, g.id DESC", GroupMeal.class)
                .setParameter("class", classId).setParameter("from", from).setParameter("to", to));
    }

    /** The schools' group meals of {@code [from, to]}, by day, school and class. */
    public List<GroupMeal> ofSchools(Collection<Long> schoolIds, LocalDate from, LocalDate to) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return withParts(em.createQuery("SELECT g FROM GroupMeal g WHERE g.schoolId IN :schools "
                        + "AND g.mealDate BETWEEN :from AND :to ORDER BY g.mealDate, g.schoolId, g.classId, g.id", GroupMeal.class)
                .setParameter("schools", schoolIds).setParameter("from", from).setParameter("to", to));
    }

    /**
     * The meals with their pupils read in one more statement for all of them, not one per meal. Their dishes (a few
     * lines each) are read per meal: EclipseLink cannot batch a collection of embeddables (DescriptorException 69).
     */
    private static List<GroupMeal> withParts(TypedQuery<GroupMeal> query) {
        return query.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "g.pupils").getResultList();
    }

    private static <T> Map<Long, T> byId(Collection<Long> ids, Function<Collection<Long>, List<T>> read, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return read.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
    }
}
