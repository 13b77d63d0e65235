package org.cardhub.meals.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.time.Instant;

/**
 * A group meal its rules refuse; nothing is written or held. {@link #dishId()} names the dish a refusal is about,
 * {@link #cardId()} the card that is not of the class, {@link #until()} when orders for today closed.
 */
public class InvalidGroupMealException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A page's request id that is missing or malformed. */
        REQUEST_INVALID(Kind.MALFORMED),
        /** The request id was used for another class's or day's meal. */
        REQUEST_REUSED(Kind.REFUSED),
        /** A day gone. */
        DAY_PAST(Kind.REFUSED),
        /** Further ahead than the school takes orders. */
        DAY_TOO_FAR(Kind.REFUSED),
        /** Today, past the attendance deadline. */
        ORDERS_CLOSED(Kind.REFUSED),
        /** The school published no menu for the day. */
        NO_MENU(Kind.REFUSED),
        NOTHING_CHOSEN(Kind.MALFORMED),
        QUANTITY_RANGE(Kind.MALFORMED),
        DISH_UNKNOWN(Kind.MALFORMED),
        /** The dishes chosen cost nothing: there is nothing to order. */
        NOTHING_TO_PAY(Kind.REFUSED),
        /** No pupil chosen, or the class has none. */
        NO_PUPILS(Kind.MALFORMED),
        /** A card chosen is not a pupil of the class. */
        NOT_IN_CLASS(Kind.REFUSED),
        /** Served, or its lunch time has passed: it no longer cancels. */
        NOT_CANCELLABLE(Kind.REFUSED),
        /** Cancelled, or its day has not come: it cannot be marked served. */
        NOT_SERVABLE(Kind.REFUSED);

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
    private final Long cardId;
    private final Instant until;

    public InvalidGroupMealException(Code code, String message) {
        this(code, message, null, null, null);
    }

    private InvalidGroupMealException(Code code, String message, Long dishId, Long cardId, Instant until) {
        super(code, message);
        this.dishId = dishId;
        this.cardId = cardId;
        this.until = until;
    }

    public static InvalidGroupMealException aboutDish(Code code, Long dishId, String message) {
        return new InvalidGroupMealException(code, message, dishId, null, null);
    }

    public static InvalidGroupMealException notInClass(long cardId, String className) {
        return new InvalidGroupMealException(Code.NOT_IN_CLASS, "Card " + cardId + " is not a pupil of class " + className,
                null, cardId, null);
    }

    public static InvalidGroupMealException closed(Instant deadline) {
        return new InvalidGroupMealException(Code.ORDERS_CLOSED, "Group meals for today closed at " + deadline, null, null,
                deadline);
    }

    public Long dishId() {
        return dishId;
    }

    public Long cardId() {
        return cardId;
    }

    public Instant until() {
        return until;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
