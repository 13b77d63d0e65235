package org.cardhub.cards.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A card order its rules refuse; {@link #code()} is stable for clients and {@link #line()} names the holder line a
 * refusal is about (1 for the first), when it is about one.
 */
public class InvalidCardOrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Fewer than one card or more than {@link CardOrder#MAX_CARDS}. */
        COUNT_RANGE(Kind.MALFORMED),
        /** More holder lines than cards ordered. */
        TOO_MANY_LINES(Kind.MALFORMED),
        /** A virtual card without its holder (a plate or a driver). */
        HOLDER_REQUIRED(Kind.MALFORMED),
        /** Plastic cards without a delivery method. */
        DELIVERY_REQUIRED(Kind.MALFORMED),
        ADDRESS_REQUIRED(Kind.MALFORMED),
        ADDRESS_FORMAT(Kind.MALFORMED),
        OFFICE_REQUIRED(Kind.MALFORMED),
        /** No open service office of that code. */
        OFFICE_UNKNOWN(Kind.REFUSED),
        /** The contract is not an active fuel contract, so no cards are ordered on it. */
        CONTRACT_NOT_ORDERING(Kind.REFUSED),
        STATUS_TRANSITION(Kind.REFUSED),
        /** Virtual cards are neither issued from stock nor delivered; plastic ones are not made at once. */
        WRONG_FORM(Kind.REFUSED),
        /** The card is of no order, or its order has not been delivered yet. */
        NOT_DELIVERED(Kind.REFUSED),
        REASON_REQUIRED(Kind.MALFORMED),
        REASON_FORMAT(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final Integer line;

    public InvalidCardOrderException(Code code, String message) {
        this(code, message, null);
    }

    public InvalidCardOrderException(Code code, String message, Integer line) {
        super(code, message);
        this.line = line;
    }

    /** The holder line the refusal is about (1 for the first), or null. */
    public Integer line() {
        return line;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
