package org.cardhub.lessons.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lessons' movements of money, each one journal entry in the caller's transaction: a pupil's balance pays into the
 * deferred revenue ({@link SystemAccount#LESSONS_DEFERRED}) or straight to the centre; a consumed lesson moves its
 * share from the deferred revenue to the centre's account, and a cancelled one moves it back. The accounts are locked
 * in id order before anything moves.
 */
@Dependent
public class LessonMoney {

    /** The category of the lessons' entries: not a purchase at a terminal, so no card limit counts it. */
    public static final String CATEGORY = "LESSONS";

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    /** The pupil's balance at the centre: the main purse of the pupil's card. */
    public Account balanceOf(LessonPupil pupil) {
        return ledger.accountsOfCard(pupil.cardId()).stream()
                .filter(account -> account.purpose() == AccountPurpose.MAIN && account.currency() == Currency.RUB)
                .findFirst().orElseThrow(() -> new IllegalStateException("Pupil " + pupil.id() + " has no balance"));
    }

    /** The balance pays for lessons bought (into the deferred revenue) or given already (to the centre). */
    public long payFromBalance(LessonPupil pupil, Amount amount, boolean alreadyGiven, String description, String actor) {
        Account balance = balanceOf(pupil);
        Account target = alreadyGiven ? centreOf(pupil.contractId()) : ledger.system(SystemAccount.LESSONS_DEFERRED);
        Map<Long, Account> locked = ledger.lock(new TreeSet<>(List.of(balance.id(), target.id())));
        Account from = locked.get(balance.id());
        if (!from.canCover(amount)) {
            throw new LessonRefusal(LessonRefusal.Code.BALANCE_TOO_LOW, "The balance " + from.available()
                    + " does not cover " + amount);
        }
        return book(pupil, from, locked.get(target.id()), amount, description, actor);
    }

    /** A payment towards an expired subscription: the part covering lessons given goes deferred, the rest to the centre. */
    public void payExpired(LessonPupil pupil, Amount toDeferred, Amount toCentre, String description, String actor) {
        if (toDeferred.isPositive()) {
            payFromBalance(pupil, toDeferred, false, description, actor);
        }
        if (toCentre.isPositive()) {
            payFromBalance(pupil, toCentre, true, description, actor);
        }
    }

    /** A lesson given (or an expired subscription's unused lessons): its revenue becomes the centre's. */
    public void recognise(LessonPupil pupil, Amount revenue, String description, String actor) {
        if (revenue.isPositive()) {
            move(pupil, ledger.system(SystemAccount.LESSONS_DEFERRED), centreOf(pupil.contractId()), revenue, description, actor);
        }
    }

    /** A visit cancelled: the revenue it recognised goes back to the deferred revenue. */
    public void takeBack(LessonPupil pupil, Amount revenue, String description, String actor) {
        if (revenue.isPositive()) {
            move(pupil, centreOf(pupil.contractId()), ledger.system(SystemAccount.LESSONS_DEFERRED), revenue, description, actor);
        }
    }

    /** A visit paid from the balance cancelled: its price goes back to the balance. */
    public void refund(LessonPupil pupil, Amount amount, String description, String actor) {
        move(pupil, centreOf(pupil.contractId()), balanceOf(pupil), amount, description, actor);
    }

    private void move(LessonPupil pupil, Account from, Account to, Amount amount, String description, String actor) {
        Map<Long, Account> locked = ledger.lock(new TreeSet<>(List.of(from.id(), to.id())));
        book(pupil, locked.get(from.id()), locked.get(to.id()), amount, description, actor);
    }

    private long book(LessonPupil pupil, Account from, Account to, Amount amount, String description, String actor) {
        OperationFacts facts = new OperationFacts(pupil.cardId(), pupil.contractId(), null, CATEGORY, null, null,
                amount.minorUnits(), 0);
        JournalEntry entry = new JournalEntry(EntryKind.TRANSFER, Instant.now(), facts, description, actor)
                .move(from, to, amount);
        return ledger.book(entry, this::zoneOf).id();
    }

    private Account centreOf(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.NONE)
                .orElseThrow(() -> new IllegalStateException("Centre contract " + contractId + " has no account"));
    }

    private ZoneId zoneOf(long contractId) {
        return em.find(Contract.class, contractId).timeZone();
    }
}
