package org.cardhub.corporate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOrderException;

import java.io.Serializable;

/**
 * One order of {@code orders.xhtml} opened: its cards with their holders and numbers, activating a card (or all) of a
 * delivered order — only then do they pay at the stations — and cancelling a submitted order with a reason.
 */
@Named
@ViewScoped
public class OrderCards implements Serializable {

    @Inject
    CardOrders cardOrders;

    private OrderRow opened;
    private PagedTable<OrderedCard> cards;
    private String reason;

    public void open(OrderRow row) {
        long orderId = row.order().id();
        opened = row;
        cards = new PagedTable<>(() -> cardOrders.countCards(orderId), (first, max) -> cardOrders.cards(orderId, first, max),
                card -> Integer.toString(card.line().number()));
    }

    public void activate(OrderedCard card) {
        if (act(() -> cardOrders.activate(card.cardId()))) {
            PageMessages.info("orders.activated", card.panMasked());
        }
    }

    public void activateAll() {
        int[] activated = new int[1];
        if (act(() -> activated[0] = cardOrders.activateAll(opened.order().id()))) {
            PageMessages.info("orders.activatedAll", activated[0]);
        }
    }

    /** Opens the cancel dialog for the order. */
    public void askCancel(OrderRow row) {
        opened = row;
        reason = null;
    }

    public void cancel() {
        if (act(() -> cardOrders.cancel(opened.order().id(), reason))) {
            PageMessages.info("orders.cancelled", opened.order().id());
        }
    }

    /** Runs the action, reads the order back and says a refusal; false when refused. */
    private boolean act(Runnable action) {
        boolean done = false;
        try {
            action.run();
            done = true;
        } catch (InvalidCardOrderException refused) {
            PageMessages.refuse(refused.code() == InvalidCardOrderException.Code.REASON_REQUIRED
                    || refused.code() == InvalidCardOrderException.Code.REASON_FORMAT ? "cancel:reason" : null,
                    "orders.error." + refused.code());
        } catch (InvalidCardOperationException refused) {
            PageMessages.refuse(null, "orders.error.cardState");
        } catch (RightMissingException refused) {
            PageMessages.refuse(null, "orders.error.right");
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "orders.error.gone");
        }
        reread();
        return done;
    }

    private void reread() {
        try {
            opened = cardOrders.order(opened.order().id());
        } catch (AccessDeniedException | RightMissingException gone) {
            // the order as last shown stays on the page; the message above says why nothing changed
        }
    }

    public OrderRow getOpened() {
        return opened;
    }

    public PagedTable<OrderedCard> getCards() {
        return cards;
    }

    /** Whether the opened order's cards may be activated now: it was delivered and some wait for it. */
    public boolean isActivatable() {
        return opened != null && opened.order().status() == CardOrderStatus.DELIVERED && opened.awaitingActivation() > 0;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
