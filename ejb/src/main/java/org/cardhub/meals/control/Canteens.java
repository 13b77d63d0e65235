package org.cardhub.meals.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the meals' work reads about a pupil's school: the card with its contract (the school, its time zone), the
 * school's canteen rules, its published menus, the canteen purse; and the pupils' pre-orders.
 */
@Dependent
public class Canteens {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    /** A pupil's card with its school contract: the organisation whose menus and rules apply, and its clock. */
    public record Pupil(Card card, Contract contract) {

        public long cardId() {
            return card.id();
        }

        public long schoolId() {
            return contract.organizationId();
        }

        public ZoneId zone() {
            return contract.timeZone();
        }
    }

    public Pupil pupil(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        Contract contract = em.find(Contract.class, card.contractId());
        if (contract.organizationId() == null) {
            throw new AccessDeniedException("school card", cardId);
        }
        return new Pupil(card, contract);
    }

    public CanteenRules rulesOf(long schoolId) {
        return Optional.ofNullable(em.find(CanteenRules.class, schoolId)).orElseGet(() -> CanteenRules.defaults(schoolId));
    }

    public Optional<Menu> publishedMenu(long schoolId, LocalDate day) {
        return em.createQuery("SELECT m FROM Menu m WHERE m.organizationId = :school AND m.menuDate = :day AND m.status = :published",
                        Menu.class)
                .setParameter("school", schoolId).setParameter("day", day).setParameter("published", MenuStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /** The dates in {@code [from, to]} with a published menu: the school days. */
    public List<LocalDate> menuDays(long schoolId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT m.menuDate FROM Menu m WHERE m.organizationId = :school AND m.menuDate BETWEEN :from AND :to "
                        + "AND m.status = :published ORDER BY m.menuDate", LocalDate.class)
                .setParameter("school", schoolId).setParameter("from", from).setParameter("to", to)
                .setParameter("published", MenuStatus.PUBLISHED).getResultList();
    }

    public Optional<PreOrder> orderOf(long cardId, LocalDate day, LockModeType lock) {
        return em.createQuery("SELECT p FROM PreOrder p WHERE p.cardId = :card AND p.mealDate = :day", PreOrder.class)
                .setParameter("card", cardId).setParameter("day", day).setLockMode(lock).getResultStream().findFirst();
    }

    public List<PreOrder> ordersOf(long cardId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM PreOrder p WHERE p.cardId = :card AND p.mealDate BETWEEN :from AND :to "
                        + "ORDER BY p.mealDate", PreOrder.class)
                .setParameter("card", cardId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** What the pupil's canteen purse can still pay; zero when the card has none. */
    public Amount canteenAvailable(long cardId) {
        return ledger.accountsOfCard(cardId).stream()
                .filter(account -> account.purpose() == AccountPurpose.CANTEEN && account.currency() == Currency.RUB)
                .map(Account::available).findFirst().orElse(Amount.zero(Currency.RUB));
    }
}
