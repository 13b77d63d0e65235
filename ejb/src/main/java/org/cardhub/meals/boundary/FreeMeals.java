package org.cardhub.meals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.control.Canteens;
import org.cardhub.meals.control.Canteens.Pupil;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.meals.entity.FreeMealSummary;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.MealCard;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.PurchaseItem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Free meals (льготное питание): which pupils are beneficiaries and of what kind, the free meals they were given (shown
 * apart from paid meals), and the school's meal budget that pays for them — the school contract's own canteen account.
 * Parents see their own children's; the back office grants and ends benefits and opens a school's budget account.
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FreeMeals {

    private static final int RECENT = 60;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @EJB
    Ledger ledger;

    @Inject
    Canteens canteens;

    private final Clock clock = Clock.systemUTC();

    /** The child as the meals page shows them: name, zone, canteen balance, and the benefit they have today, if any. */
    public MealCard mealCard(long cardId) {
        access.requireCard(cardId);
        Pupil pupil = canteens.pupil(cardId);
        LocalDate today = LocalDate.now(clock.withZone(pupil.zone()));
        Optional<BenefitKind> kind = Optional.ofNullable(em.find(MealBenefit.class, cardId))
                .filter(benefit -> benefit.coversDay(today) || benefit.validFrom().isAfter(today))
                .map(benefit -> em.find(BenefitKind.class, benefit.kindCode()));
        return new MealCard(cardId, pupil.card().holderName(), pupil.zone().getId(), today, canteens.canteenAvailable(cardId),
                kind.map(BenefitKind::nameRu).orElse(null), kind.map(BenefitKind::nameEn).orElse(null),
                canteens.rulesOf(pupil.schoolId()).freeMealName());
    }

    /** The free meals the child was given, the latest first. */
    public List<FreeMealSummary> of(long cardId) {
        access.requireCard(cardId);
        return em.createQuery("SELECT f, k FROM FreeMeal f, BenefitKind k WHERE f.cardId = :card AND k.code = f.kindCode "
                        + "ORDER BY f.mealDate DESC", Object[].class)
                .setParameter("card", cardId).setMaxResults(RECENT).getResultStream()
                .map(row -> summary((FreeMeal) row[0], (BenefitKind) row[1])).toList();
    }

    /** The beneficiary kinds, in their order. */
    public List<BenefitKind> kinds() {
        return em.createQuery("SELECT k FROM BenefitKind k ORDER BY k.sortOrder, k.code", BenefitKind.class).getResultList();
    }

    /** Makes the pupil a beneficiary of {@code kindCode} from {@code from} to {@code until} (null: no end). */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void grant(long cardId, String kindCode, LocalDate from, LocalDate until) {
        Pupil pupil = canteens.pupil(cardId);
        BenefitKind kind = Optional.ofNullable(kindCode).map(code -> em.find(BenefitKind.class, code))
                .orElseThrow(() -> new IllegalArgumentException("No beneficiary kind " + kindCode));
        String by = audit.actor(null);
        Instant now = Instant.now(clock);
        MealBenefit benefit = em.find(MealBenefit.class, cardId);
        if (benefit == null) {
            em.persist(new MealBenefit(cardId, kind, from, until, by, now));
        } else {
            benefit.grant(kind, from, until, by, now);
        }
        audit.record(by, "meals.benefit.grant", AuditSubject.CARD, pupil.cardId(), kind.code() + " from " + from
                + (until == null ? "" : " until " + until));
    }

    /** The pupil pays for meals again from tomorrow; free meals given so far stay. */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void end(long cardId) {
        Pupil pupil = canteens.pupil(cardId);
        MealBenefit benefit = em.find(MealBenefit.class, cardId);
        if (benefit == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(pupil.zone()));
        BenefitKind kind = em.find(BenefitKind.class, benefit.kindCode());
        String by = audit.actor(null);
        if (today.isBefore(benefit.validFrom())) {
            em.remove(benefit);
        } else {
            benefit.grant(kind, benefit.validFrom(), today, by, Instant.now(clock));
        }
        audit.record(by, "meals.benefit.end", AuditSubject.CARD, cardId, kind.code() + " ends " + today);
    }

    /**
     * Opens the meal budget of a school contract: the contract's own canteen account (no card), which pays its
     * beneficiaries' free meals and is funded like any contract account. Opening it twice opens one.
     */
    @RolesAllowed(Role.Names.BACKOFFICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long openBudget(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || contract.kind() != ContractKind.SCHOOL) {
            throw new AccessDeniedException("school contract", contractId);
        }
        Optional<Account> open = ledger.accountsOfContract(contractId).stream()
                .filter(account -> account.cardId() == null && account.purpose() == AccountPurpose.CANTEEN
                        && account.currency() == Currency.RUB).findFirst();
        if (open.isPresent()) {
            return open.get().id();
        }
        Account budget = ledger.open(Account.ofContract(contractId, AccountPurpose.CANTEEN, Currency.RUB));
        audit.record(audit.actor(null), "meals.budget.open", AuditSubject.ACCOUNT, budget.id(),
                "meal budget of " + contract.number());
        return budget.id();
    }

    private FreeMealSummary summary(FreeMeal meal, BenefitKind kind) {
        List<String> dishes = em.createQuery("SELECT i FROM PurchaseItem i WHERE i.entryId = :entry ORDER BY i.lineNo",
                        PurchaseItem.class)
                .setParameter("entry", meal.entryId()).getResultStream().map(PurchaseItem::name).toList();
        return new FreeMealSummary(meal.day(), kind.nameRu(), kind.nameEn(), meal.amount(), dishes, meal.postedAt());
    }
}
