package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.time.Instant;

/**
 * A pre-order its rules refuse; nothing is written or held. {@link #dishId()} names the dish a refusal is about, when
 * it is about one; {@link #amount()} the canteen balance available when it was short; {@link #until()} when orders
 * for the day closed.
 */
public class InvalidPreOrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Today or a day gone: meals are ordered for tomorrow or later. */
        DAY_PAST(Kind.REFUSED),
        /** Further ahead than the school takes orders. */
        DAY_TOO_FAR(Kind.REFUSED),
        /** The cut-off for the day has passed. */
        ORDERS_CLOSED(Kind.REFUSED),
        /** The school published no menu for the day. */
        NO_MENU(Kind.REFUSED),
        /** A teacher's group meal of the day already feeds the pupil (held or free): one meal a day. */
        IN_GROUP_MEAL(Kind.REFUSED),
        NOTHING_CHOSEN(Kind.MALFORMED),
        QUANTITY_RANGE(Kind.MALFORMED),
        /** A dish that is not on the day's menu. */
        DISH_UNKNOWN(Kind.MALFORMED),
        /** The canteen balance cannot cover the order. */
        FUNDS_SHORT(Kind.REFUSED),
        /** The card cannot pay (blocked, expired) or its contract is not active. */
        CARD_NOT_USABLE(Kind.REFUSED),
        /** The pre-order was served, released or is past its cut-off: it no longer changes. */
        NOT_CHANGEABLE(Kind.REFUSED),
        /** A page's request id that is missing or malformed. */
        REQUEST_INVALID(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final Long dishId;
    private final Amount amount;
    private final Instant until;

    public InvalidPreOrderException(Code code, String message) {
        this(code, message, null, null, null);
    }

    private InvalidPreOrderException(Code code, String message, Long dishId, Amount amount, Instant until) {
        super(code, message);
        this.dishId = dishId;
        this.amount = amount;
        this.until = until;
    }

    public static InvalidPreOrderException aboutDish(Code code, long dishId, String message) {
        return new InvalidPreOrderException(code, message, dishId, null, null);
    }

    public static InvalidPreOrderException fundsShort(Amount available, Amount wanted) {
        return new InvalidPreOrderException(Code.FUNDS_SHORT, "The canteen balance " + available.toPlainString()
                + " cannot cover " + wanted.toPlainString(), null, available, null);
    }

    public static InvalidPreOrderException closed(Instant cutOff) {
        return new InvalidPreOrderException(Code.ORDERS_CLOSED, "Orders for the day closed at " + cutOff, null, null, cutOff);
    }

    public Long dishId() {
        return dishId;
    }

    public Amount amount() {
        return amount;
    }

    public Instant until() {
        return until;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
