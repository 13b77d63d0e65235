package org.cardhub.bonus.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.PointsAccount;
import org.cardhub.bonus.entity.PointsMovement;
import org.cardhub.bonus.entity.PointsMovementRecord;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts a points book's new movements on the ledger in POINTS, one balanced journal entry each, in the caller's
 * transaction. The holder's side is one account, the MAIN purse in POINTS of the holder's contract (no card: points
 * are the holder's, not a card's), holding available and pending points alike: which of them may be spent is the
 * book's to say, so points becoming spendable post nothing. The programme's side is the system account of what
 * happened to the points: {@link SystemAccount#BONUS_POINTS_ISSUED} for points earned and taken back,
 * {@link SystemAccount#BONUS_POINTS_REDEEMED} for points spent and given back, {@link SystemAccount#BONUS_POINTS_EXPIRED}.
 * An entry is dated the start of its movement's day in the contract's zone (later if that month is closed).
 */
@Dependent
public class PointsPostings {

    /** The category of the points' entries: not a purchase at a terminal, so no card limit counts it. */
    public static final String CATEGORY = "BONUS_POINTS";

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    /** The holder's points account on the contract, opened on first use. */
    public Account holderAccount(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.POINTS, LockModeType.NONE)
                .orElseGet(() -> ledger.open(Account.ofContract(contractId, AccountPurpose.MAIN, Currency.POINTS)));
    }

    /** Posts each movement (the book's row locked by {@link PointsBooks#open}); answers the entries' ids in order. */
    public List<Long> post(PointsBooks.Opened opened, long contractId, List<PointsMovementRecord> movements, Instant now,
                           String actor) {
        Account holder = holderAccount(contractId);
        opened.record().postsTo(holder.id());
        if (movements.stream().allMatch(record -> programmeSide(record.toMovement()).isEmpty())) {
            return List.of();
        }
        holder = ledger.lock(List.of(holder.id())).get(holder.id());
        ZoneId zone = em.find(Contract.class, contractId).timeZone();
        List<Long> entries = new ArrayList<>();
        for (PointsMovementRecord record : movements) {
            PointsMovement movement = record.toMovement();
            Optional<SystemAccount> side = programmeSide(movement);
            if (side.isEmpty()) {
                continue;
            }
            Account programme = ledger.system(side.get());
            boolean toHolder = movement.from() == PointsAccount.PROGRAMME;
            Instant occurred = movement.date().atStartOfDay(zone).toInstant();
            JournalEntry entry = new JournalEntry(EntryKind.BONUS_POINTS, occurred.isBefore(now) ? occurred : now,
                    new OperationFacts(null, contractId, null, CATEGORY, null, null, movement.points().minorUnits(), 0),
                    description(opened.holder(), movement), actor)
                    .move(toHolder ? programme : holder, toHolder ? holder : programme, movement.points());
            ledger.bookLate(entry, now, contract -> zone);
            record.postedBy(entry.id());
            entries.add(entry.id());
        }
        em.flush();
        return entries;
    }

    /** The programme's account a movement posts against; none for points moving within the holder's account. */
    static Optional<SystemAccount> programmeSide(PointsMovement movement) {
        return Optional.ofNullable(switch (movement.kind()) {
            case EARNED, TAKEN_BACK -> SystemAccount.BONUS_POINTS_ISSUED;
            case SPENT, RETURNED -> SystemAccount.BONUS_POINTS_REDEEMED;
            case EXPIRED -> SystemAccount.BONUS_POINTS_EXPIRED;
            case ACTIVATED -> null;
        });
    }

    private static String description(String holder, PointsMovement movement) {
        return "Bonus points " + movement.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", holder " + holder + ", purchase " + movement.purchaseId() + ", lot " + movement.lotId();
    }
}
