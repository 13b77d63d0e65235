package org.cardhub.acquiring.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A top-up amount or an auto top-up rule Cardhub refuses before anything is written; {@link #code()} names the field's error. */
public class InvalidTopUpException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Not an amount at all (letters, a sign, nothing). */
        AMOUNT_FORMAT,
        /** More than two decimals. */
        AMOUNT_SCALE,
        AMOUNT_TOO_SMALL,
        AMOUNT_TOO_LARGE,
        /** An auto top-up's target must be above its threshold by at least the smallest top-up, and within the largest. */
        TARGET_TOO_LOW,
        TARGET_TOO_LARGE,
        /** The purse is neither the general nor the canteen one. */
        PURSE_UNKNOWN,
        /** No such saved bank card of the caller's. */
        SAVED_CARD_UNKNOWN;

        @Override
        public Kind kind() {
            return this == SAVED_CARD_UNKNOWN ? Kind.NOT_FOUND : Kind.MALFORMED;
        }
    }

    public InvalidTopUpException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
