package org.cardhub.bonus.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.entity.EntryKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the programme's runs have to do, each found by one query over all wallets, a batch at a time: wallet purchases
 * that have not earned cashback yet, cashback whose purchase was reversed since, and books with points due to become
 * spendable or to expire. Each item is then done in a transaction of its own, idempotently.
 */
@Dependent
public class DueWork {

    /** Purchases at terminals, paid straight away or by completing an authorisation; reversals answer for both. */
    static final List<EntryKind> PURCHASES = List.of(EntryKind.PURCHASE, EntryKind.COMPLETION);

    @PersistenceContext
    EntityManager em;

    /** Wallet purchases booked from {@code from} on, not reversed, that have not earned cashback; after that id, oldest first. */
    public List<Long> purchasesToEarn(Instant from, long afterId, int batch) {
        return em.createQuery("SELECT e.id FROM JournalEntry e, Contract c WHERE c.id = e.contractId "
                        + "AND e.id > :after AND c.kind = :wallet AND e.kind IN :purchases AND e.amountMinor > 0 "
                        + "AND e.bookedAt >= :from "
                        + "AND NOT EXISTS (SELECT b FROM CashbackRecord b WHERE b.entryId = e.id) "
                        + "AND NOT EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = e.id) "
                        + "ORDER BY e.id", Long.class)
                .setParameter("wallet", ContractKind.WALLET).setParameter("purchases", PURCHASES)
                .setParameter("from", from).setParameter("after", afterId).setMaxResults(batch).getResultList();
    }

    /** Purchases that earned cashback and were reversed since; after that id, oldest first. */
    public List<Long> purchasesToTakeBack(long afterId, int batch) {
        return em.createQuery("SELECT b.entryId FROM CashbackRecord b WHERE b.returnedAt IS NULL AND b.entryId > :after "
                        + "AND EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = b.entryId) "
                        + "ORDER BY b.entryId", Long.class)
                .setParameter("after", afterId).setMaxResults(batch).getResultList();
    }

    /**
     * Books with a lot that becomes spendable or expires on or before {@code day}: its pending points due, or points
     * left on its expiry day; after that holder, in the holders' order.
     */
    public List<String> booksDue(LocalDate day, String afterHolder, int batch) {
        return em.createQuery("SELECT DISTINCT l.holder FROM PointsLotRecord l WHERE l.holder > :after "
                        + "AND l.closed = FALSE AND ("
                        + "(l.activated = FALSE AND l.spendableFrom <= :day) "
                        + "OR (l.remainingMinor > 0 AND l.expiresOn <= :day)) ORDER BY l.holder", String.class)
                .setParameter("day", day).setParameter("after", afterHolder).setMaxResults(batch).getResultList();
    }
}
