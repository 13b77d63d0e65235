package org.cardhub.acquiring.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A payout's movements of money, each one journal entry in the caller's transaction. The contract's rouble main
 * account pays into {@link SystemAccount#PAYOUTS_IN_TRANSIT} before the acquirer is asked; when the acquirer paid the
 * card, the money moves on to {@link SystemAccount#BANK_CARD_ACQUIRING}, because the acquirer pays out of what it holds
 * for Cardhub: the money bank-card top-ups brought in, which that account (negative by what the acquirer owes Cardhub)
 * counts; a canceled payout's money goes back to the account it came from, as the reversal of its debit.
 */
@Dependent
public class PayoutMoney {

    /** The category of the payouts' entries: no purchase, so no card limit counts them. */
    public static final String CATEGORY = "PAYOUT";
    /** Who the trail names for what the acquirer's answer did. */
    public static final String ACQUIRER = "acquirer:yookassa";

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    /** The contract's rouble main account, locked: the one account a payout draws on. */
    public Account lockAccountOf(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new PayoutRefusal(PayoutRefusal.Code.NO_ACCOUNT,
                        "Contract " + contractId + " has no rouble main account to pay out from"));
    }

    /** Moves the payout's money from the locked account to the payouts in transit; refused if it cannot cover it. */
    public JournalEntry debit(Account locked, Amount amount, String description, String actor, Instant now) {
        if (!locked.canCover(amount)) {
            throw new PayoutRefusal(PayoutRefusal.Code.BALANCE_TOO_LOW,
                    "The account has " + locked.available() + " available, a payout of " + amount + " was asked for");
        }
        JournalEntry entry = new JournalEntry(EntryKind.PAYOUT, now, facts(locked.contractId(), amount), description, actor)
                .move(locked, ledger.system(SystemAccount.PAYOUTS_IN_TRANSIT), amount);
        return ledger.book(entry, this::zoneOf);
    }

    /** The acquirer paid the card: the money in transit is the acquirer's. Touches no contract's account. */
    public long settle(Payout payout, Instant now) {
        JournalEntry entry = new JournalEntry(EntryKind.PAYOUT, now, facts(null, payout.amount()),
                "Выплата " + payout.publicId() + " проведена эквайрером", ACQUIRER)
                .move(ledger.system(SystemAccount.PAYOUTS_IN_TRANSIT), ledger.system(SystemAccount.BANK_CARD_ACQUIRING),
                        payout.amount());
        return ledger.book(entry, this::zoneOf).id();
    }

    /** The payout did not reach the card: its money back to the account it came from, reversing its debit. */
    public long giveBack(Payout payout, String why, Instant now) {
        Account account = lockAccountOf(payout.contractId());
        JournalEntry debit = ledger.entry(payout.debitEntryId())
                .orElseThrow(() -> new IllegalStateException("Payout " + payout.publicId() + " names no debit"));
        JournalEntry reversal = new JournalEntry(EntryKind.REVERSAL, now, facts(payout.contractId(), payout.amount()),
                "Выплата на карту " + payout.cardMasked() + " не прошла: " + why, ACQUIRER)
                .move(ledger.system(SystemAccount.PAYOUTS_IN_TRANSIT), account, payout.amount());
        reversal.marksReversalOf(debit);
        return ledger.book(reversal, this::zoneOf).id();
    }

    private static OperationFacts facts(Long contractId, Amount amount) {
        return new OperationFacts(null, contractId, null, CATEGORY, null, null, amount.minorUnits(), 0);
    }

    private ZoneId zoneOf(long contractId) {
        return em.find(Contract.class, contractId).timeZone();
    }
}
