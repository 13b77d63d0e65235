package org.cardhub.bonus.control;

import static org.cardhub.bonus.entity.BonusRefusal.Code.CARD_UNKNOWN;
import static org.cardhub.bonus.entity.BonusRefusal.Code.CHECK_IN_FUTURE;
import static org.cardhub.bonus.entity.BonusRefusal.Code.CHECK_UNKNOWN;
import static org.cardhub.bonus.entity.BonusRefusal.Code.PURCHASE_ID_REUSED;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusCard;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.CheckOutcome;
import org.cardhub.bonus.entity.CheckRecord;
import org.cardhub.bonus.entity.PointsBook;
import org.cardhub.bonus.entity.PointsLot;
import org.cardhub.bonus.entity.PurchaseReturn;
import org.cardhub.bonus.entity.ReturnOutcome;
import org.cardhub.bonus.entity.TillCheck;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the programme's tills, in the caller's transaction, once per purchase id: a check pays with points
 * first (at most the rules' share of its total, as many as are spendable) and then earns on its eligible lines; its
 * return gives back the points that paid and takes back those it earned. A repeat gets the first answer again; the
 * repeat is looked for again under the book's lock, so two copies of one check arriving together count once.
 */
@Dependent
public class TillChecks {

    /** How far a till's clock may run ahead of the server's. */
    static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    BonusProgrammes programmes;

    @Inject
    HolderBooks books;

    @Inject
    WalletHolders wallets;

    public CheckOutcome record(TillCheck check, String till, Instant now) {
        if (check.purchasedAt().isAfter(now.plus(CLOCK_DRIFT))) {
            throw new BonusRefusal(CHECK_IN_FUTURE, "The check is dated " + check.purchasedAt() + ", after now");
        }
        Optional<CheckOutcome> repeat = repeatOf(check);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        BonusCard card = em.find(BonusCard.class, check.card().digits());
        if (card == null || !card.isRegistered()) {
            throw new BonusRefusal(CARD_UNKNOWN, "No wallet registered bonus card " + check.card());
        }
        Contract wallet = em.find(Contract.class, card.contractId());
        BonusRules rules = programmes.active().rules();
        return books.change(wallet, rules, now, till, book -> repeatOf(check).orElseGet(() -> {
            LocalDate day = HolderBooks.dayOf(check.purchasedAt(), wallet, book);
            Amount spent = check.wantsPoints()
                    ? book.spend(check.bookPurchaseId(), day, check.total(), check.pointsToSpend()).points()
                    : Amount.zero(Currency.POINTS);
            Amount earned = book.earn(check.bookPurchaseId(), day, check.lines(), true);
            Optional<PointsLot> lot = earned.isPositive() ? Optional.of(lastLot(book)) : Optional.empty();
            CheckOutcome outcome = new CheckOutcome(check.purchaseId(), check.card().digits(), day, earned, spent,
                    lot.map(PointsLot::spendableFrom).orElse(null), lot.map(PointsLot::expiresOn).orElse(null), false);
            em.persist(new CheckRecord(check, till, wallet.number(), outcome, now));
            return outcome;
        }));
    }

    public ReturnOutcome returnCheck(String purchaseId, String till, Instant now) {
        TillCheck.requireValidPurchaseId(purchaseId);
        CheckRecord known = recorded(purchaseId)
                .orElseThrow(() -> new BonusRefusal(CHECK_UNKNOWN, "No check " + purchaseId + " was recorded"));
        if (known.isReturned()) {
            return known.returnOutcome(true);
        }
        Contract wallet = wallets.byNumber(known.holder());
        BonusRules rules = programmes.active().rules();
        return books.change(wallet, rules, now, till, book -> {
            CheckRecord check = recorded(purchaseId).orElseThrow();
            em.refresh(check);
            if (check.isReturned()) {
                return check.returnOutcome(true);
            }
            PurchaseReturn done = book.returnPurchase(TillCheck.bookPurchaseId(purchaseId), HolderBooks.dayOf(now, wallet, book));
            check.returned(done, now);
            return check.returnOutcome(false);
        });
    }

    /** The first answer to this check if it was recorded; refused if another check was recorded under its id. */
    private Optional<CheckOutcome> repeatOf(TillCheck check) {
        return recorded(check.purchaseId()).map(known -> {
            if (!known.isSameCheck(check)) {
                throw new BonusRefusal(PURCHASE_ID_REUSED, "Another check was recorded as purchase " + check.purchaseId());
            }
            return known.outcome(true);
        });
    }

    private Optional<CheckRecord> recorded(String purchaseId) {
        List<CheckRecord> found = em.createQuery("SELECT c FROM CheckRecord c WHERE c.purchaseId = :id", CheckRecord.class)
                .setParameter("id", purchaseId).getResultList();
        return found.stream().findFirst();
    }

    private static PointsLot lastLot(PointsBook book) {
        List<PointsLot> lots = book.lots();
        return lots.get(lots.size() - 1);
    }
}
