package org.cardhub.school.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A parent's request about a child's card that cannot be carried out as asked; nothing of it is written. */
public class InvalidChildRequestException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A move of more than {@link ChildMove#MAX} at once. */
        AMOUNT_ABOVE_MAXIMUM(Kind.MALFORMED),
        AMOUNT_NOT_POSITIVE(Kind.MALFORMED),
        AMOUNT_NOT_ROUBLES(Kind.MALFORMED),
        /** A move from a purse to itself. */
        SAME_PURSE(Kind.MALFORMED),
        /** Not a pupil's general or canteen purse. */
        PURSE_UNKNOWN(Kind.MALFORMED),
        LIMIT_NEGATIVE(Kind.MALFORMED),
        /** Zero is no limit a purchase could fit under; the card is blocked instead, or the field left empty. */
        LIMIT_ZERO(Kind.MALFORMED),
        LIMIT_ABOVE_MAXIMUM(Kind.MALFORMED),
        CATEGORY_UNKNOWN(Kind.MALFORMED),
        HOURS_FORMAT(Kind.MALFORMED),
        HOURS_INCOMPLETE(Kind.MALFORMED),
        HOURS_REVERSED(Kind.MALFORMED),
        /** The card was replaced or closed: its history may be read, nothing done with it. */
        CARD_REPLACED(Kind.REFUSED),
        /** Money is reserved on the card (an open authorisation, a meal pre-order) until it settles. */
        MONEY_RESERVED(Kind.REFUSED),
        /** The school chosen is not one of the schools' contracts, or is the card's own. */
        SCHOOL_UNKNOWN(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidChildRequestException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
