package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.CardOrderQueue;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.boundary.StockBatches;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.StockBatch;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The back office's queue of card orders ({@code card-orders.xhtml}): every company's orders by status, the submitted
 * ones first in, oldest first; an order's cards and holder data (what goes on the plastic), issuing a plastic order
 * from a stock batch with enough numbers left, marking it delivered, cancelling a submitted one with a reason.
 */
@Named
@ViewScoped
public class CardOrdersView implements Serializable {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    CardOrderQueue queue;

    @Inject
    CardOrders cardOrders;

    @Inject
    StockBatches stock;

    private CardOrderStatus status = CardOrderStatus.SUBMITTED;
    private PagedTable<OrderRow> table;
    private OrderRow chosen;
    private PagedTable<OrderedCard> cards;
    private List<StockBatch> batches = List.of();
    private Long batchId;
    private String reason;

    @PostConstruct
    void init() {
        table = new PagedTable<>(() -> queue.count(status), (first, max) -> queue.page(status, first, max),
                row -> Long.toString(row.order().id()));
    }

    /** Opens the order's cards and holder data. */
    public void open(OrderRow row) {
        long orderId = row.order().id();
        chosen = row;
        cards = new PagedTable<>(() -> cardOrders.countCards(orderId), (first, max) -> cardOrders.cards(orderId, first, max),
                card -> Integer.toString(card.line().number()));
    }

    /** Opens the issue dialog: the batches with enough numbers left, the oldest chosen. */
    public void askIssue(OrderRow row) {
        chosen = row;
        batches = stock.usable(row.order().count());
        batchId = batches.isEmpty() ? null : batches.get(0).id();
    }

    public void issue() {
        if (batchId == null) {
            PageMessages.refuse("issue:batch", "orders.queue.chooseBatch");
            return;
        }
        try {
            OrderRow issued = queue.issue(chosen.order().id(), batchId);
            PageMessages.info("orders.queue.issued", issued.order().id(), issued.order().count());
        } catch (InvalidStockException refused) {
            PageMessages.refuse("issue:batch", "orders.stock.error." + refused.code());
            batches = stock.usable(chosen.order().count());
        } catch (InvalidCardOrderException refused) {
            PageMessages.refuse(null, "orders.error." + refused.code());
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "orders.error.gone");
        }
    }

    public void deliver(OrderRow row) {
        try {
            queue.deliver(row.order().id());
            PageMessages.info("orders.queue.delivered", row.order().id());
        } catch (InvalidCardOrderException refused) {
            PageMessages.refuse(null, "orders.error." + refused.code());
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "orders.error.gone");
        }
    }

    /** Opens the cancel dialog. */
    public void askCancel(OrderRow row) {
        chosen = row;
        reason = null;
    }

    public void cancel() {
        try {
            cardOrders.cancel(chosen.order().id(), reason);
            PageMessages.info("orders.cancelled", chosen.order().id());
        } catch (InvalidCardOrderException refused) {
            boolean aboutReason = refused.code() == InvalidCardOrderException.Code.REASON_REQUIRED
                    || refused.code() == InvalidCardOrderException.Code.REASON_FORMAT;
            PageMessages.refuse(aboutReason ? "cancel:reason" : null, "orders.error." + refused.code());
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "orders.error.gone");
        }
    }

    public ZoneId getZone() {
        return MOSCOW;
    }

    public List<CardOrderStatus> getStatuses() {
        return List.of(CardOrderStatus.values());
    }

    public CardOrderStatus getStatus() {
        return status;
    }

    public void setStatus(CardOrderStatus status) {
        this.status = status;
    }

    public PagedTable<OrderRow> getTable() {
        return table;
    }

    public OrderRow getChosen() {
        return chosen;
    }

    public PagedTable<OrderedCard> getCards() {
        return cards;
    }

    public List<StockBatch> getBatches() {
        return batches;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
