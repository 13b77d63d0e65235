package org.cardhub.cards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.CardStock;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.NumberRange;
import org.cardhub.cards.entity.StockBatch;
import org.cardhub.secrets.SecretVault;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The card stock: batches of blank plastic cards with their number ranges, added by the back office as they come from
 * the card factory (both ends typed from the batch's label, checked, and never overlapping another batch: the BIN's
 * stock row is locked while one is added) and how many numbers each has left for orders.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class StockBatches {

    /** The back office's day, for "received on" dates. */
    private static final ZoneId BACK_OFFICE = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    SecretVault vault;

    /**
     * Adds the batch from {@code firstNumber} to {@code lastNumber}, received on that day. Refused, with nothing written:
     * a number that is not 16 digits or fails the Luhn check, a BIN the operator has no stock of, a range backwards,
     * too large, below the stock's numbers or overlapping another batch, a day still to come.
     */
    public StockBatch add(String firstNumber, String lastNumber, LocalDate receivedOn) {
        NumberRange range = NumberRange.of(firstNumber, lastNumber);
        CardStock stock = em.find(CardStock.class, range.bin(), LockModeType.PESSIMISTIC_WRITE);
        if (stock == null) {
            throw new InvalidStockException(InvalidStockException.Code.BIN_UNKNOWN, "No card stock of BIN " + range.bin());
        }
        em.createQuery("SELECT b FROM StockBatch b WHERE b.bin = :bin", StockBatch.class).setParameter("bin", stock.bin())
                .getResultStream().filter(other -> other.range(vault::open).overlaps(range)).findFirst()
                .ifPresent(other -> {
                    throw new InvalidStockException(InvalidStockException.Code.RANGE_OVERLAP, "Batch #" + other.id() + " ("
                            + other.firstMasked() + " – " + other.lastMasked() + ") holds some of these numbers");
                });
        String actor = audit.actor(null);
        StockBatch batch = new StockBatch(range, vault::seal, receivedOn, LocalDate.now(BACK_OFFICE), actor, Instant.now());
        em.persist(batch);
        em.flush();
        audit.record(actor, "card_stock.batch_added", AuditSubject.CARD_STOCK, batch.id(), range + ", received on " + receivedOn);
        return batch;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(b) FROM StockBatch b", Long.class).getSingleResult();
    }

    /** The batches, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StockBatch> page(int first, int max) {
        return em.createQuery("SELECT b FROM StockBatch b ORDER BY b.id DESC", StockBatch.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The batches with at least {@code needed} numbers left, oldest first: the stock is used up in the order it came. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StockBatch> usable(int needed) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.cardCount - b.usedCount >= :needed ORDER BY b.id", StockBatch.class)
                .setParameter("needed", needed).getResultList();
    }

    /** How many numbers the whole stock has left. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long remaining() {
        Long left = em.createQuery("SELECT SUM(b.cardCount - b.usedCount) FROM StockBatch b", Long.class).getSingleResult();
        return left == null ? 0 : left;
    }
}
