package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.cardhub.cards.entity.InvalidCardOrderException.Code.COUNT_RANGE;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.DELIVERY_REQUIRED;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.HOLDER_REQUIRED;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.NOT_DELIVERED;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.REASON_FORMAT;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.REASON_REQUIRED;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.STATUS_TRANSITION;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.TOO_MANY_LINES;
import static org.cardhub.cards.entity.InvalidCardOrderException.Code.WRONG_FORM;

/**
 * A company's order of 1 to {@value #MAX_CARDS} cards of one form for a contract, one holder line per card. Virtual
 * cards each need their holder and are made, issued and delivered at once; plastic ones travel (courier or pick-up),
 * are issued from a stock batch by the back office, then delivered, and only then may the company activate them.
 * Who did each step and when is kept; a submitted order may be cancelled with a reason.
 */
@Entity
@Table(name = "card_order")
public class CardOrder {

    public static final int MAX_CARDS = 10_000;
    private static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Enumerated(EnumType.STRING)
    private CardForm form;

    @Column(name = "card_count")
    private int cardCount;

    @Embedded
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    private CardOrderStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "delivered_by")
    private String deliveredBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "stock_batch_id")
    private Long stockBatchId;

    @Version
    private long version;

    protected CardOrder() {
    }

    /**
     * A submitted order. Refused: fewer than one or more than {@value #MAX_CARDS} cards, more holder lines than cards,
     * a virtual card without its holder (a plate or a driver on its line), plastic cards with no delivery.
     *
     * @param holders the holder lines typed, in order; plastic cards beyond them have none
     */
    public static CardOrder place(long contractId, CardForm form, int count, List<Vehicle> holders, Delivery delivery,
                                  String actor, Instant now) {
        check(form, count, holders);
        Objects.requireNonNull(delivery);
        if (form == CardForm.PLASTIC && delivery.isNowhere()) {
            throw new InvalidCardOrderException(DELIVERY_REQUIRED, "Plastic cards go by courier or wait at an office");
        }
        CardOrder order = new CardOrder();
        order.contractId = contractId;
        order.form = form;
        order.cardCount = count;
        order.delivery = form == CardForm.VIRTUAL ? Delivery.nowhere() : delivery;
        order.status = CardOrderStatus.SUBMITTED;
        order.submittedBy = Objects.requireNonNull(actor);
        order.submittedAt = Objects.requireNonNull(now);
        return order;
    }

    /** The order's lines, one per card, once the order has its id: the holders given first, then empty ones. */
    public List<CardOrderLine> lines(List<Vehicle> holders) {
        check(form, cardCount, holders);
        Objects.requireNonNull(id, "a persisted order");
        List<CardOrderLine> lines = new ArrayList<>(cardCount);
        for (int number = 1; number <= cardCount; number++) {
            lines.add(new CardOrderLine(id, number, number <= holders.size() ? holders.get(number - 1)
                    : new Vehicle(null, null, null, null)));
        }
        return lines;
    }

    private static void check(CardForm form, int count, List<Vehicle> holders) {
        Objects.requireNonNull(form);
        if (count < 1 || count > MAX_CARDS) {
            throw new InvalidCardOrderException(COUNT_RANGE, "An order is of 1 to " + MAX_CARDS + " cards, not " + count);
        }
        if (holders.size() > count) {
            throw new InvalidCardOrderException(TOO_MANY_LINES, holders.size() + " holder lines for " + count + " cards",
                    count + 1);
        }
        if (form == CardForm.VIRTUAL) {
            for (int line = 1; line <= count; line++) {
                if (line > holders.size() || !CardOrderLine.namesAHolder(holders.get(line - 1))) {
                    throw new InvalidCardOrderException(HOLDER_REQUIRED, "Virtual card " + line
                            + " needs its holder: a plate or a driver", line);
                }
            }
        }
    }

    /** Virtual cards, made and active as the order is placed: issued and delivered in the same moment. */
    public void completeAtOnce(String actor, Instant now) {
        requireForm(CardForm.VIRTUAL, "made at once");
        moveTo(CardOrderStatus.ISSUED);
        issuedBy = actor;
        issuedAt = now;
        moveTo(CardOrderStatus.DELIVERED);
        deliveredBy = actor;
        deliveredAt = now;
    }

    /** Plastic cards made from the numbers of a stock batch. */
    public void issue(long batchId, String actor, Instant now) {
        requireForm(CardForm.PLASTIC, "issued from stock");
        moveTo(CardOrderStatus.ISSUED);
        stockBatchId = batchId;
        issuedBy = actor;
        issuedAt = now;
    }

    /** Plastic cards handed to the company (by the courier, or at the office): now it may activate them. */
    public void deliver(String actor, Instant now) {
        requireForm(CardForm.PLASTIC, "delivered");
        moveTo(CardOrderStatus.DELIVERED);
        deliveredBy = actor;
        deliveredAt = now;
    }

    public void cancel(String reason, String actor, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidCardOrderException(REASON_REQUIRED, "A cancelled order says why");
        }
        if (why.length() > MAX_REASON || why.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardOrderException(REASON_FORMAT, "A reason is at most " + MAX_REASON + " printable characters");
        }
        moveTo(CardOrderStatus.CANCELLED);
        cancelReason = why;
        cancelledBy = actor;
        cancelledAt = now;
    }

    /** The company activates a card of the order only once the order has reached it. */
    public void requireDelivered() {
        if (status != CardOrderStatus.DELIVERED) {
            throw new InvalidCardOrderException(NOT_DELIVERED, "Order " + id + " is " + status + ", not delivered");
        }
    }

    private void requireForm(CardForm wanted, String what) {
        if (form != wanted) {
            throw new InvalidCardOrderException(WRONG_FORM, form + " cards are not " + what);
        }
    }

    private void moveTo(CardOrderStatus next) {
        if (!status.mayBecome(next)) {
            throw new InvalidCardOrderException(STATUS_TRANSITION, "Order " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public CardForm form() {
        return form;
    }

    public int count() {
        return cardCount;
    }

    public Delivery delivery() {
        return delivery == null ? Delivery.nowhere() : delivery;
    }

    public CardOrderStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String deliveredBy() {
        return deliveredBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Long stockBatchId() {
        return stockBatchId;
    }
}
