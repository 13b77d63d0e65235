package org.cardhub.cards.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A card operation its state or rules do not allow; {@link #code()} is stable for clients. */
public class InvalidCardOperationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        STATUS_TRANSITION(Kind.REFUSED),
        PERMANENT_BLOCK(Kind.REFUSED),
        MONEY_LEFT(Kind.REFUSED),
        HOLDER_DATA_REQUIRED(Kind.REFUSED),
        VEHICLE_FORMAT(Kind.MALFORMED),
        PLATE_FORMAT(Kind.MALFORMED),
        DRIVER_FORMAT(Kind.MALFORMED),
        TANK_RANGE(Kind.MALFORMED),
        TANK_FORMAT(Kind.MALFORMED),
        GROUP_NAME_FORMAT(Kind.MALFORMED),
        GROUP_NAME_TAKEN(Kind.REFUSED),
        GROUP_OF_OTHER_CONTRACT(Kind.REFUSED),
        TOO_MANY_CARDS(Kind.MALFORMED),
        GROUP_NOT_EMPTY(Kind.REFUSED),
        GROUP_GIVEN_TO_USERS(Kind.REFUSED),
        CARD_UNKNOWN(Kind.NOT_FOUND),
        /** A plastic card issued for an order that has not reached the company yet. */
        NOT_DELIVERED(Kind.REFUSED),
        /** A change of school asked for a card that is not a pupil's card of a school contract. */
        NOT_A_SCHOOL_CARD(Kind.REFUSED),
        /** A change of school to a contract that is not an active school's, or is the card's own. */
        NOT_ANOTHER_SCHOOL(Kind.REFUSED),
        /** The card has money reserved (an open authorisation or a pre-order); it can be replaced once that settles. */
        MONEY_RESERVED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidCardOperationException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
