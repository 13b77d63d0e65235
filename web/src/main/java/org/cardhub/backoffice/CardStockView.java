package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.cards.boundary.StockBatches;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.NumberRange;
import org.cardhub.cards.entity.StockBatch;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The card stock ({@code card-stock.xhtml}): how many blank cards are left, the batches newest first with their number
 * ranges (masked) and what each has left, and adding a batch as it comes from the factory, its first and last number
 * typed from the label; a refused batch is said at the field it is about and nothing is written.
 */
@Named
@ViewScoped
public class CardStockView implements Serializable {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Map<InvalidStockException.Code, String> FIELDS = Map.of(
            InvalidStockException.Code.BIN_UNKNOWN, "stock:first",
            InvalidStockException.Code.RANGE_OUTSIDE_STOCK, "stock:first",
            InvalidStockException.Code.RANGE_OVERLAP, "stock:first",
            InvalidStockException.Code.BIN_MISMATCH, "stock:last",
            InvalidStockException.Code.RANGE_ORDER, "stock:last",
            InvalidStockException.Code.RANGE_TOO_LARGE, "stock:last",
            InvalidStockException.Code.RECEIVED_DATE, "stock:received");

    @Inject
    StockBatches stock;

    private PagedTable<StockBatch> table;
    private long remaining;
    private String first;
    private String last;
    private LocalDate receivedOn;
    private LocalDate today;

    @PostConstruct
    void init() {
        table = new PagedTable<>(stock::count, stock::page, batch -> Long.toString(batch.id()));
        remaining = stock.remaining();
        today = LocalDate.now(MOSCOW);
        receivedOn = today;
    }

    public void add() {
        if (!typed(first, "stock:first") || !typed(last, "stock:last")) {
            return;
        }
        try {
            StockBatch added = stock.add(first, last, receivedOn);
            PageMessages.info("orders.stock.added", added.firstMasked(), added.lastMasked(), added.count());
            first = null;
            last = null;
            remaining = stock.remaining();
        } catch (InvalidStockException refused) {
            PageMessages.refuse(FIELDS.get(refused.code()), "orders.stock.error." + refused.code());
        }
    }

    /** Whether the number typed in the field is 16 digits passing the Luhn check; said at the field when not. */
    private static boolean typed(String number, String field) {
        try {
            NumberRange.digitsOf(number);
            return true;
        } catch (InvalidStockException refused) {
            PageMessages.refuse(field, "orders.stock.error." + refused.code());
            return false;
        }
    }

    public PagedTable<StockBatch> getTable() {
        return table;
    }

    public long getRemaining() {
        return remaining;
    }

    public ZoneId getZone() {
        return MOSCOW;
    }

    /** The latest day a batch may have been received on. */
    public LocalDate getToday() {
        return today;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getLast() {
        return last;
    }

    public void setLast(String last) {
        this.last = last;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
