package org.cardhub.meals.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.RoublesAsKopecksConverter;
import org.cardhub.payments.entity.OperationKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A parent's order of dishes for a child's school day, one per child and day: placed, changed or cancelled until the
 * day's cut-off, its total held on the child's canteen purse by the money operation {@link #hold()}; on the day it is
 * served (paid from the hold) or released. The states and what may follow which are here; the money is the boundary's.
 */
@Entity
@Table(name = "meal_pre_order")
public class PreOrder {

    /** What the school day's work does with a waiting order at a moment. */
    public enum Due { NOTHING, RELEASE_ABSENT, SERVE }

    private static final Set<PreOrderStatus> PLACEABLE = EnumSet.of(PreOrderStatus.WAITING, PreOrderStatus.CANCELLED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id")
    private long cardId;

    @Column(name = "menu_id")
    private long menuId;

    @Column(name = "meal_date")
    private LocalDate mealDate;

    @Enumerated(EnumType.STRING)
    private PreOrderStatus status;

    @Column(name = "total_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount total;

    @Column(name = "hold_scope")
    private String holdScope;

    @Column(name = "hold_key")
    private String holdKey;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "placed_by")
    private String placedBy;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "entry_id")
    private Long entryId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meal_pre_order_line", joinColumns = @JoinColumn(name = "pre_order_id"))
    @OrderColumn(name = "line_no")
    private List<PreOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PreOrder() {
    }

    public PreOrder(long cardId, Menu menu, List<PreOrderLine> lines, OperationKey hold, String requestId, String by,
                    Instant now) {
        this.cardId = cardId;
        this.mealDate = menu.date();
        this.status = PreOrderStatus.CANCELLED;
        place(menu, lines, hold, requestId, by, now);
    }

    /** Whether a request with this id was the last one applied: a page submitted twice changes nothing the second time. */
    public boolean isRepeatOf(String request) {
        return requestId.equals(request);
    }

    /** The reservation a new placement replaces: the one still holding money, if the order is waiting. */
    public OperationKey heldNow() {
        return status == PreOrderStatus.WAITING ? hold() : null;
    }

    /** Places the order anew (a change, or again after a cancellation) with the lines given and the money held by {@code hold}. */
    public void place(Menu menu, List<PreOrderLine> newLines, OperationKey hold, String request, String by, Instant now) {
        requireStatus(PLACEABLE);
        if (!menu.date().equals(mealDate) || newLines.isEmpty()) {
            throw new IllegalArgumentException("An order is for its own day and has dishes");
        }
        this.menuId = menu.id();
        this.lines = new ArrayList<>(newLines);
        this.total = totalOf(newLines);
        this.holdScope = hold.scope();
        this.holdKey = hold.key();
        this.requestId = request;
        this.placedBy = by;
        this.placedAt = now;
        this.closedBy = null;
        this.closedAt = null;
        this.status = PreOrderStatus.WAITING;
    }

    public static Amount totalOf(List<PreOrderLine> lines) {
        return lines.stream().map(PreOrderLine::total).reduce(Amount.zero(Currency.RUB), Amount::plus);
    }

    public void cancel(String request, String by, Instant now) {
        close(PreOrderStatus.CANCELLED, by, now);
        this.requestId = request;
    }

    /**
     * What is due at {@code now}: nothing before the attendance deadline; after it, release for a pupil who did not
     * come through the turnstile by then, and for one who did, serving from lunch time on.
     */
    public Due dueAt(Instant now, Instant deadline, Instant lunch, boolean enteredByDeadline) {
        if (status != PreOrderStatus.WAITING || now.isBefore(deadline)) {
            return Due.NOTHING;
        }
        if (!enteredByDeadline) {
            return Due.RELEASE_ABSENT;
        }
        return now.isBefore(lunch) ? Due.NOTHING : Due.SERVE;
    }

    public void absent(Instant now) {
        close(PreOrderStatus.ABSENT, "system", now);
    }

    public void served(long purchaseEntryId, Instant now) {
        close(PreOrderStatus.SERVED, "system", now);
        this.entryId = purchaseEntryId;
    }

    /** The canteen did not serve it: released if waiting, refunded if it had been paid. */
    public PreOrderStatus notServed(String by, Instant now) {
        PreOrderStatus before = status;
        requireStatus(EnumSet.of(PreOrderStatus.WAITING, PreOrderStatus.SERVED));
        status = PreOrderStatus.NOT_SERVED;
        closedBy = by;
        closedAt = now;
        return before;
    }

    /** The hold ended without the meal being served (the card could no longer pay): the money is free again. */
    public void lapsed(Instant now) {
        close(PreOrderStatus.LAPSED, "system", now);
    }

    private void close(PreOrderStatus next, String by, Instant now) {
        requireStatus(EnumSet.of(PreOrderStatus.WAITING));
        status = next;
        closedBy = by;
        closedAt = now;
    }

    private void requireStatus(Set<PreOrderStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new InvalidPreOrderException(InvalidPreOrderException.Code.NOT_CHANGEABLE,
                    "Pre-order " + id + " is " + status);
        }
    }

    /** The money operation holding the order's total. */
    public OperationKey hold() {
        return new OperationKey(holdScope, holdKey);
    }

    /** The operation that serves the order from its hold: one per placement, however often the timer tries. */
    public OperationKey servingKey() {
        return new OperationKey("meals:serve", holdKey);
    }

    /** The operation that releases the order's hold: one per placement. */
    public OperationKey releaseKey() {
        return new OperationKey("meals:release", holdKey);
    }

    /** The operation that refunds a served order the canteen says it did not serve. */
    public OperationKey refundKey() {
        return new OperationKey("meals:refund", holdKey);
    }

    public Long id() {
        return id;
    }

    public long cardId() {
        return cardId;
    }

    public long menuId() {
        return menuId;
    }

    public LocalDate mealDate() {
        return mealDate;
    }

    public PreOrderStatus status() {
        return status;
    }

    public Amount total() {
        return total;
    }

    public List<PreOrderLine> lines() {
        return List.copyOf(lines);
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Long entryId() {
        return entryId;
    }
}
