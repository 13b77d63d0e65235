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
import jakarta.persistence.TypedQuery;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.control.OrderRows;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardOrder;
import org.cardhub.cards.entity.CardOrderLine;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.NumberRange;
import org.cardhub.cards.entity.StockBatch;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.secrets.SecretVault;

import java.time.Instant;
import java.util.List;

/**
 * The back office's queue of card orders: every company's orders by status, issuing a plastic order from a stock batch
 * (the batch's next numbers, in order, taken under a lock of the batch so two issues never take the same number) and
 * marking it delivered, after which the company may activate its cards. Every step is audited.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class CardOrderQueue {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    NewCards newCards;

    @Inject
    OrderRows rows;

    @Inject
    SecretVault vault;

    /** How many orders are in {@code status} (null: in any). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(CardOrderStatus status) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(o) FROM CardOrder o"
                + (status == null ? "" : " WHERE o.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** Orders still to be worked on (submitted, issued) oldest first, as a queue; the others and all newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderRow> page(CardOrderStatus status, int first, int max) {
        boolean queue = status == CardOrderStatus.SUBMITTED || status == CardOrderStatus.ISSUED;
        TypedQuery<CardOrder> query = em.createQuery("SELECT o FROM CardOrder o"
                + (status == null ? "" : " WHERE o.status = :status") + " ORDER BY o.id" + (queue ? "" : " DESC"), CardOrder.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return rows.rowsOf(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    /**
     * Makes the plastic cards of a submitted order from the batch's next numbers, each issued for the line it was
     * ordered with and not to be activated before delivery. Refused, with nothing taken, when the batch has fewer
     * numbers left than the order has cards.
     */
    public OrderRow issue(long orderId, long batchId) {
        CardOrder order = locked(orderId);
        StockBatch batch = em.find(StockBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new InvalidStockException(InvalidStockException.Code.BATCH_UNKNOWN, "No stock batch " + batchId);
        }
        Contract contract = em.find(Contract.class, order.contractId());
        if (!contract.isActive()) {
            throw new InvalidCardOrderException(InvalidCardOrderException.Code.CONTRACT_NOT_ORDERING,
                    "Contract " + contract.number() + " is " + contract.status());
        }
        String actor = audit.actor(null);
        order.issue(batch.id(), actor, Instant.now());
        NumberRange range = batch.range(vault::open);
        int first = batch.take(order.count());
        List<CardOrderLine> lines = rows.linesOf(orderId);
        for (CardOrderLine line : lines) {
            Card card = newCards.make(contract, range.number(first + line.number() - 1), CardForm.PLASTIC, line.holder());
            card.describe(line.vehicle());
            card.issueForDelivery();
            line.madeInto(card);
            audit.lifecycle(actor, LifecycleEvent.Subject.CARD, card.id(), null, card.status(),
                    "plastic card of order #" + orderId + " from stock batch #" + batch.id());
        }
        audit.record(actor, "card_order.issued", AuditSubject.CARD_ORDER, orderId, order.count() + " cards from batch #"
                + batch.id() + ": " + range.number(first).masked() + " – " + range.number(first + order.count() - 1).masked());
        audit.record(actor, "card_stock.taken", AuditSubject.CARD_STOCK, batch.id(), order.count() + " for order #"
                + orderId + ", " + batch.remaining() + " left");
        em.flush();
        return rows.rowOf(order);
    }

    /** The order's plastic cards reached the company: it may activate them now. */
    public OrderRow deliver(long orderId) {
        CardOrder order = locked(orderId);
        String actor = audit.actor(null);
        order.deliver(actor, Instant.now());
        rows.cardsOf(orderId, null).forEach(Card::delivered);
        audit.record(actor, "card_order.delivered", AuditSubject.CARD_ORDER, orderId, order.delivery().method() + " "
                + (order.delivery().address() == null ? order.delivery().officeCode() : order.delivery().address()));
        em.flush();
        return rows.rowOf(order);
    }

    private CardOrder locked(long orderId) {
        CardOrder order = em.find(CardOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new AccessDeniedException("card order", orderId);
        }
        return order;
    }
}
