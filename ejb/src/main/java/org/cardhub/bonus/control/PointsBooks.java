package org.cardhub.bonus.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.PointsBook;
import org.cardhub.bonus.entity.PointsBookRecord;
import org.cardhub.bonus.entity.PointsLot;
import org.cardhub.bonus.entity.PointsLotRecord;
import org.cardhub.bonus.entity.PointsMovement;
import org.cardhub.bonus.entity.PointsMovementRecord;
import org.cardhub.bonus.entity.PointsPurchaseRecord;
import org.cardhub.bonus.entity.PurchaseState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A holder's points book, opened from the records under the row lock of its {@code points_book} row (so one change at
 * a time per holder) and kept back after the rules changed it: lots and purchases updated or added, the new movements
 * appended. The rules are the caller's: a book does not keep them, its lots keep the dates they were earned under.
 * Runs in the caller's transaction.
 */
@Dependent
public class PointsBooks {

    @PersistenceContext
    EntityManager em;

    /** One holder's book, with the records it came from. */
    public record Opened(PointsBookRecord record, PointsBook book, Map<Long, PointsLotRecord> lots,
                         Map<String, PointsPurchaseRecord> purchases, int movementsKept) {

        public String holder() {
            return record.holder();
        }
    }

    /**
     * The holder's book, locked; a holder without one gets an empty book, its row written at once so that it is
     * locked too (two first openings at the same moment: one of them fails on the key and is retried by its caller).
     */
    public Opened open(String holder, BonusRules rules, Instant now) {
        PointsBookRecord record = em.find(PointsBookRecord.class, holder, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new PointsBookRecord(holder, now);
            em.persist(record);
            em.flush();
            return new Opened(record, new PointsBook(rules), new LinkedHashMap<>(), new LinkedHashMap<>(), 0);
        }
        return load(record, rules);
    }

    /**
     * The holder's book as kept, for reading only: not locked, not created, never to be {@link #keep kept}. Empty for a
     * holder without one.
     */
    public Optional<PointsBook> read(String holder, BonusRules rules) {
        return Optional.ofNullable(em.find(PointsBookRecord.class, holder)).map(record -> load(record, rules).book());
    }

    private Opened load(PointsBookRecord record, BonusRules rules) {
        String holder = record.holder();
        Map<Long, PointsLotRecord> lots = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM PointsLotRecord l WHERE l.holder = :holder ORDER BY l.lotNo", PointsLotRecord.class)
                .setParameter("holder", holder).getResultList().forEach(lot -> lots.put(lot.lotNo(), lot));
        Map<String, PointsPurchaseRecord> purchases = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM PointsPurchaseRecord p WHERE p.holder = :holder ORDER BY p.id",
                        PointsPurchaseRecord.class)
                .setParameter("holder", holder).getResultList()
                .forEach(purchase -> purchases.put(purchase.purchaseId(), purchase));
        List<PointsMovement> movements = em.createQuery("SELECT m FROM PointsMovementRecord m WHERE m.holder = :holder "
                        + "ORDER BY m.seqNo", PointsMovementRecord.class)
                .setParameter("holder", holder).getResultStream().map(PointsMovementRecord::toMovement).toList();
        PointsBook book = PointsBook.restore(rules, lots.values().stream().map(PointsLotRecord::toLot).toList(),
                purchases.values().stream().map(PointsPurchaseRecord::toState).toList(), movements, record.bookDay());
        return new Opened(record, book, lots, purchases, movements.size());
    }

    /**
     * Writes back what the rules changed, once per opening; answers the records of the movements new since the book
     * was opened, in order, for {@link PointsPostings} to post.
     */
    public List<PointsMovementRecord> keep(Opened opened) {
        PointsBook book = opened.book();
        opened.record().keep(book);
        for (PointsLot lot : book.lots()) {
            PointsLotRecord record = opened.lots().get(lot.id());
            if (record == null) {
                record = new PointsLotRecord(opened.holder(), lot);
                em.persist(record);
                opened.lots().put(lot.id(), record);
            } else {
                record.keep(lot);
            }
        }
        for (PurchaseState purchase : book.purchases()) {
            PointsPurchaseRecord record = opened.purchases().get(purchase.purchaseId());
            if (record == null) {
                record = new PointsPurchaseRecord(opened.holder(), purchase);
                em.persist(record);
                opened.purchases().put(purchase.purchaseId(), record);
            } else {
                record.keep(purchase);
            }
        }
        List<PointsMovement> movements = book.movements();
        List<PointsMovementRecord> fresh = new ArrayList<>();
        for (int seq = opened.movementsKept() + 1; seq <= movements.size(); seq++) {
            PointsMovementRecord record = new PointsMovementRecord(opened.holder(), seq, movements.get(seq - 1));
            em.persist(record);
            fresh.add(record);
        }
        em.flush();
        return fresh;
    }
}
