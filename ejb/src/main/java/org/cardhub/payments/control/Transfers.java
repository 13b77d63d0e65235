package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractRefusal;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;
import static org.cardhub.payments.control.Purses.factsOf;
import static org.cardhub.payments.control.RequestChecks.requireCurrency;
import static org.cardhub.payments.control.RequestChecks.requirePositive;

/**
 * Transfers between two purses the caller may use, each in one transaction: both locked in id order (with
 * the paying purse's auto top-up source), the receiving wallet's balance cap and the paying wallet's
 * turnover cap checked. Called only by {@link org.cardhub.payments.boundary.Payments} and, for a payment scheduled
 * beforehand, {@link org.cardhub.payments.boundary.ScheduledPayments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Transfers {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    Wallets wallets;

    @Inject
    AutoTopUps autoTopUps;

    private final Clock clock = Clock.systemUTC();

    public Outcome transfer(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        requirePositive(amount);
        String content = from.fingerprint() + "|" + to.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency();
        return records.idempotent(key, Fingerprint.of("transfer", content), () -> transferNow(from, to, amount, source, true, true));
    }

    /**
     * A wallet holder's payment from their own purse into someone else's — another wallet, a pupil's card — as anyone
     * may top those up: only the paying side must be the caller's.
     */
    public Outcome pay(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        requirePositive(amount);
        String content = from.fingerprint() + "|" + to.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency();
        return records.idempotent(key, Fingerprint.of("pay", content), () -> transferNow(from, to, amount, source, false, true));
    }

    /**
     * A payment the paying purse's owner scheduled beforehand, made with nobody signed in (a wallet's auto-payment):
     * the component that kept the schedule checked it is the purse owner's own, so neither side is the caller's. The
     * caps and the paying purse's money decline it as any payment.
     */
    public Outcome payScheduled(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        requirePositive(amount);
        String content = from.fingerprint() + "|" + to.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency();
        return records.idempotent(key, Fingerprint.of("pay", content), () -> transferNow(from, to, amount, source, false, false));
    }

    private Outcome transferNow(PurseRef from, PurseRef to, Amount amount, String source, boolean receiverMustBeCallers,
                                boolean payerMustBeCallers) {
        Optional<Card> fromCard = purses.cardOf(from);
        Optional<Card> toCard = purses.cardOf(to);
        Optional<Outcome> unknown = purses.refuseUnknownCard(from, fromCard).or(() -> purses.refuseUnknownCard(to, toCard));
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Account debit = purses.resolve(from, fromCard);
        Account credit = purses.resolve(to, toCard);
        if (payerMustBeCallers) {
            purses.requireCallerMayUse(debit);
        }
        if (receiverMustBeCallers) {
            purses.requireCallerMayUse(credit);
        }
        if (debit.id().equals(credit.id())) {
            throw new InvalidOperationException(InvalidOperationException.Code.SAME_ACCOUNT, "A transfer needs two different purses");
        }
        requireCurrency(debit, amount);
        requireCurrency(credit, amount);
        for (Account account : List.of(debit, credit)) {
            Optional<ContractRefusal> inactive = em.find(Contract.class, account.contractId()).refusalOfUse();
            if (inactive.isPresent()) {
                return Outcome.declined(inactive.get());
            }
        }
        Set<Long> toLock = new TreeSet<>(List.of(debit.id(), credit.id()));
        autoTopUps.ruleOf(debit).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        Map<Long, Account> locked = ledger.lock(toLock);
        debit = locked.get(debit.id());
        credit = locked.get(credit.id());
        if (!debit.canCover(amount)) {
            return insufficient(debit, amount);
        }
        Instant now = Instant.now(clock);
        Optional<Outcome> capped = refuseOverWalletCaps(debit, credit, amount, now);
        if (capped.isPresent()) {
            return capped.get();
        }
        String actor = audit.actor(source);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.TRANSFER, now, factsOf(debit, amount),
                "Transfer to account " + credit.id(), actor).move(debit, credit, amount), purses::zoneOf);
        autoTopUps.refill(debit, locked, actor, now);
        audit.record(actor, "purse.transfer", AuditSubject.ACCOUNT, debit.id(), amount.toPlainString() + " " + amount.currency()
                + " to account " + credit.id());
        return approved(entry.id(), null, amount, Amount.zero(Currency.LITRE), debit);
    }

    /** A move between two contracts may fill the receiving wallet over its cap, or turn the paying one over its own. */
    private Optional<Outcome> refuseOverWalletCaps(Account debit, Account credit, Amount amount, Instant now) {
        if (debit.contractId().equals(credit.contractId())) {
            return Optional.empty();
        }
        return wallets.capsOf(em.find(Contract.class, credit.contractId()))
                .flatMap(caps -> caps.refusalToReceive(credit.balance(), amount)).map(Outcome::declined)
                .or(() -> wallets.refuseOverTurnover(em.find(Contract.class, debit.contractId()), amount, now));
    }
}
