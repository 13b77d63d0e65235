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
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.payments.entity.CanteenSale;
import org.cardhub.payments.entity.CanteenSettledEntry;
import org.cardhub.payments.entity.CanteenSettlement;
import org.cardhub.payments.entity.CanteenSplit;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * A school day's canteen sales settled to the school's supplier, in one transaction: every sale of the school contract
 * not settled yet and booked before the day's end (late ones into days settled before included), split meal by meal
 * ({@link CanteenSplit}), moved from {@link SystemAccount#MERCHANT_PAYABLE} in one entry — the share to the main account
 * of the supplier's contract, the commission to {@link SystemAccount#CANTEEN_COMMISSION} — and recorded with each sale it
 * took. Once a school and day: the operation key, the settlement's key and each sale's key say so, and the supplier's
 * account is locked first, so a second run at the same time waits and then finds the first one's outcome. A day not
 * ended yet is refused with nothing written; a day whose reversals exceed its sales takes the difference back from the
 * supplier, and is declined (not kept, so asked again) while the supplier's account cannot give it. Called only by
 * {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SupplierPayouts {

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

    Clock clock = Clock.systemUTC();

    public Outcome settle(CanteenPayout payout, String source) {
        OperationKey key = payout.operationKey();
        String hash = Fingerprint.of("canteen-settlement", payout.fingerprint());
        Optional<IdempotencyRecord> earlier = recordOf(key);
        if (earlier.isPresent()) {
            return records.once(key, hash, earlier, () -> null).outcome();
        }
        Instant now = Instant.now(clock);
        if (now.isBefore(payout.dayEnd())) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID, "School " + payout.schoolId()
                    + "'s day " + payout.day() + " has not ended: its sales are settled once it has");
        }
        Account payee = purses.purseIfAny(payout.supplierContractId(), null, AccountPurpose.MAIN, Currency.RUB)
                .orElseThrow(() -> new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                        "Supplier contract " + payout.supplierContractId() + " has no main account in roubles"));
        Account locked = ledger.lock(List.of(payee.id())).get(payee.id());
        // a run that held the lock before this one may have settled the day meanwhile
        earlier = recordOf(key);
        if (earlier.isPresent()) {
            return records.once(key, hash, earlier, () -> null).outcome();
        }
        Account payable = ledger.system(SystemAccount.MERCHANT_PAYABLE);
        Account commission = ledger.system(SystemAccount.CANTEEN_COMMISSION);
        List<Object[]> sales = unsettledSales(payout, payable.id());
        CanteenSplit split = CanteenSplit.none(payout.commissionBp());
        for (Object[] sale : sales) {
            split = split.plus((Long) sale[1]);
        }
        Amount share = Amount.ofMinorUnits(split.shareMinor(), Currency.RUB);
        if (share.isNegative() && !locked.canCover(share.negate())) {
            return insufficient(locked, share.negate());
        }
        CanteenSplit settled = split;
        return records.once(key, hash, Optional.empty(), () -> post(payout, settled, sales, locked, payable, commission, now,
                source)).outcome();
    }

    private Outcome post(CanteenPayout payout, CanteenSplit split, List<Object[]> sales, Account payee, Account payable,
                         Account commission, Instant now, String source) {
        String actor = audit.actor(source);
        Long entryId = null;
        if (split.movesMoney()) {
            JournalEntry entry = new JournalEntry(EntryKind.TRANSFER, now, new OperationFacts(null,
                    payout.supplierContractId(), null, CanteenSale.SETTLEMENT, null, null, split.salesMinor(), 0),
                    payout.description(), actor);
            postIfAny(entry, payable, -split.salesMinor());
            postIfAny(entry, payee, split.shareMinor());
            postIfAny(entry, commission, split.commissionMinor());
            entryId = ledger.book(entry, purses::zoneOf).id();
        }
        em.persist(new CanteenSettlement(payout, split, entryId, now));
        em.flush(); // the sales taken name the settlement
        for (Object[] sale : sales) {
            em.persist(new CanteenSettledEntry((Long) sale[0], payout, (Long) sale[1], payout.commissionBp()));
        }
        audit.record(actor, "canteen.settle", AuditSubject.CONTRACT, payout.supplierContractId(), "school "
                + payout.schoolId() + " " + payout.day() + ": sales " + rub(split.salesMinor()) + ", commission "
                + rub(split.commissionMinor()) + " at " + split.basisPoints() + " bp, share " + rub(split.shareMinor())
                + ", " + split.meals() + " meals, " + sales.size() + " entries");
        return approved(entryId, null, Amount.ofMinorUnits(split.salesMinor(), Currency.RUB), Amount.zero(Currency.LITRE), payee);
    }

    /**
     * The school contract's canteen sales booked from the earliest time one not settled can have until the day's end and
     * not settled yet, each with what it posted to the merchants' account; by the index
     * {@code journal_entry_contract_category_time}, each sale's posting by {@code posting_account_entry}, the settled ones
     * by the key of {@code canteen_settled_entry}.
     */
    private List<Object[]> unsettledSales(CanteenPayout payout, long payableId) {
        LocalDate last = em.createQuery("SELECT s.settleDate FROM CanteenSettlement s WHERE s.schoolId = :school "
                        + "ORDER BY s.settleDate DESC", LocalDate.class)
                .setParameter("school", payout.schoolId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return em.createQuery("SELECT e.id, p.amount FROM JournalEntry e JOIN e.postings p "
                        + "WHERE e.contractId = :contract AND e.category IN :categories AND e.kind IN :kinds "
                        + "AND e.bookedAt >= :floor AND e.bookedAt < :until AND p.accountId = :payable "
                        + "AND NOT EXISTS (SELECT s.entryId FROM CanteenSettledEntry s WHERE s.entryId = e.id) ORDER BY e.id",
                        Object[].class)
                .setParameter("contract", payout.schoolContractId()).setParameter("categories", CanteenSale.CATEGORIES)
                .setParameter("kinds", CanteenSale.KINDS).setParameter("floor", payout.earliestUnsettled(last))
                .setParameter("until", payout.dayEnd()).setParameter("payable", payableId).getResultList();
    }

    private Optional<IdempotencyRecord> recordOf(OperationKey key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key)));
    }

    private static void postIfAny(JournalEntry entry, Account account, long minor) {
        if (minor != 0) {
            entry.post(account, Amount.ofMinorUnits(minor, Currency.RUB));
        }
    }

    private static String rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB).toPlainString();
    }
}
