package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.payments.entity.TopUpChannel;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Purses.factsOf;
import static org.cardhub.payments.control.RequestChecks.requireCurrency;
import static org.cardhub.payments.control.RequestChecks.requireNonNegative;
import static org.cardhub.payments.control.RequestChecks.requirePositive;

/**
 * Top-ups of a purse from outside (a bank, a cash desk, a partner), each in one transaction, and the same
 * rules as a dry run. Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class TopUps {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @EJB
    ObjectAccess access;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    Wallets wallets;

    private final Clock clock = Clock.systemUTC();

    public Recorded topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source) {
        return topUp(key, target, amount, channel, source, null);
    }

    /** A top-up whose audit record also keeps {@code note}; the note is not part of what a repeat must match. */
    public Recorded topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source, String note) {
        return topUp(key, target, amount, Amount.zero(amount.currency()), channel, source, note);
    }

    /**
     * A top-up the payer paid {@code fee} on top of: the channel's account gives amount and fee, the purse gets the
     * amount, {@link SystemAccount#TOP_UP_FEES} the fee, in one entry. A zero fee is a plain top-up.
     */
    public Recorded topUp(OperationKey key, PurseRef target, Amount amount, Amount fee, TopUpChannel channel, String source,
                          String note) {
        requirePositive(amount);
        requireNonNegative(fee, amount.currency());
        String content = target.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + channel
                + (fee.isZero() ? "" : "|fee " + fee.minorUnits());
        return records.once(key, Fingerprint.of("top-up", content), () -> topUpNow(target, amount, fee, channel, source, note));
    }

    /** Whether a top-up would go through now, and which rule would refuse it; posts nothing, keeps no key. */
    public Outcome checkTopUp(PurseRef target, Amount amount, TopUpChannel channel) {
        requirePositive(amount);
        Credit credit = creditFor(target, amount, channel, LockModeType.NONE);
        return credit.refusal()
                .or(() -> refuseOverWalletCap(credit, amount))
                .orElseGet(() -> Outcome.topUpWouldBeApproved(amount, credit.account().balance().plus(amount)));
    }

    /** The purse a top-up would credit and its contract, or the decline that stops it before any lock. */
    private record Credit(Account account, Contract contract, Optional<Outcome> refusal) {
        static Credit refused(Outcome refusal) {
            return new Credit(null, null, Optional.of(refusal));
        }
    }

    /**
     * Resolves a top-up's target within what the caller may credit (a partner: its programs, else
     * {@link org.cardhub.callers.AccessDeniedException}) and applies the rules that need no lock.
     */
    private Credit creditFor(PurseRef target, Amount amount, TopUpChannel channel, LockModeType lock) {
        Optional<Card> card = purses.cardOf(target);
        card.ifPresent(named -> access.requireServedIfPartner(named.contractId()));
        if (card.isEmpty() && target.card() != null) {
            access.refuseUnknownCardIfPartner(target.card());
        }
        Optional<Outcome> unknown = purses.refuseUnknownCard(target, card);
        if (unknown.isPresent()) {
            return Credit.refused(unknown.get());
        }
        Account account = purses.resolve(target, card, lock);
        if (card.isEmpty()) {
            access.requireServedIfPartner(account.contractId());
        }
        requireCurrency(account, amount);
        if (channel.source().currency() != amount.currency()) {
            throw new InvalidOperationException(InvalidOperationException.Code.CURRENCY_MISMATCH,
                    channel + " top-ups are in " + channel.source().currency());
        }
        Contract contract = em.find(Contract.class, account.contractId());
        return contract.refusalOfUse().map(inactive -> Credit.refused(Outcome.declined(inactive)))
                .orElseGet(() -> new Credit(account, contract, Optional.empty()));
    }

    /** A wallet's balance after the top-up, against its cap; other contracts have none. */
    private Optional<Outcome> refuseOverWalletCap(Credit credit, Amount amount) {
        return wallets.capsOf(credit.contract()).flatMap(caps -> caps.refusalToTopUp(credit.account().balance(), amount))
                .map(Outcome::declined);
    }

    private Outcome topUpNow(PurseRef target, Amount amount, Amount fee, TopUpChannel channel, String source, String note) {
        // the only account a top-up locks (system accounts never are), so it is locked as it is read
        Credit credit = creditFor(target, amount, channel, LockModeType.PESSIMISTIC_WRITE);
        if (credit.refusal().isPresent()) {
            return credit.refusal().get();
        }
        Account account = credit.account();
        Optional<Outcome> overCap = refuseOverWalletCap(credit, amount);
        if (overCap.isPresent()) {
            return overCap.get();
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        Account bank = ledger.system(channel.source());
        JournalEntry posted = new JournalEntry(EntryKind.TOP_UP, now, factsOf(account, amount),
                "Top-up by " + channel.name().toLowerCase(), actor).move(bank, account, amount);
        if (fee.isPositive()) {
            posted.move(bank, ledger.system(SystemAccount.TOP_UP_FEES), fee);
        }
        JournalEntry entry = ledger.book(posted, purses::zoneOf);
        audit.record(actor, "purse.top-up", AuditSubject.ACCOUNT, account.id(), amount.toPlainString() + " " + amount.currency() + " by " + channel
                + (fee.isZero() ? "" : ", fee " + fee.toPlainString()) + (note == null ? "" : "; " + note));
        return approved(entry.id(), null, amount, Amount.zero(Currency.LITRE), account);
    }
}
