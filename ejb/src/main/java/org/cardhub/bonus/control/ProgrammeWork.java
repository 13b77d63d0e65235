package org.cardhub.bonus.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.CashbackRecord;
import org.cardhub.bonus.entity.PurchaseLine;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.List;

/**
 * One item of the programme's runs, each in a transaction of its own and idempotent, so that one that fails stops no
 * other and is done at the next run: a wallet purchase earns its cashback, a reversed one gives it back, a book's time
 * passes to the day.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProgrammeWork {

    static final String ACTOR = "system:bonus";
    /** The line a purchase elsewhere is earned on: its goods are not known, so no category of it is excluded. */
    static final String ELSEWHERE = "Покупка вне сети";

    @PersistenceContext
    EntityManager em;

    @Inject
    BonusProgrammes programmes;

    @Inject
    HolderBooks books;

    @Inject
    WalletHolders wallets;

    /** The wallet purchase of that journal entry earns the cashback rate, unless it has already. */
    public void earnCashback(long entryId, Instant now) {
        if (em.find(CashbackRecord.class, entryId) != null) {
            return;
        }
        JournalEntry purchase = em.find(JournalEntry.class, entryId);
        Contract wallet = em.find(Contract.class, purchase.contractId());
        BonusRules rules = programmes.active().rules();
        books.change(wallet, rules, now, ACTOR, book -> {
            if (em.find(CashbackRecord.class, entryId) != null) {
                return null;
            }
            Amount earned = book.earn(CashbackRecord.bookPurchaseId(entryId),
                    HolderBooks.dayOf(purchase.occurredAt(), wallet, book),
                    List.of(new PurchaseLine(ELSEWHERE, Amount.ofMinorUnits(purchase.amountMinor(), Currency.RUB))),
                    false);
            em.persist(new CashbackRecord(entryId, wallet.number(), earned.minorUnits(), now));
            return null;
        });
    }

    /** The reversed purchase of that journal entry gives back the cashback it earned, unless it has already. */
    public void takeBackCashback(long entryId, Instant now) {
        CashbackRecord earned = em.find(CashbackRecord.class, entryId);
        if (earned == null || earned.isReturned()) {
            return;
        }
        Contract wallet = wallets.byNumber(earned.holder());
        BonusRules rules = programmes.active().rules();
        books.change(wallet, rules, now, ACTOR, book -> {
            em.refresh(earned);
            if (!earned.isReturned()) {
                book.returnPurchase(CashbackRecord.bookPurchaseId(entryId), HolderBooks.dayOf(now, wallet, book));
                earned.returned(now);
            }
            return null;
        });
    }

    /** The holder's book comes to today where its wallet lives: pending points due become spendable, old ones expire. */
    public void passTime(String holder, Instant now) {
        Contract wallet = wallets.byNumber(holder);
        BonusRules rules = programmes.active().rules();
        books.change(wallet, rules, now, ACTOR, book -> book.passTime(HolderBooks.dayOf(now, wallet, book)));
    }
}
