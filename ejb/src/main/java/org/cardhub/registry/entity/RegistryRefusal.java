package org.cardhub.registry.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A search the registry cannot make sense of, or a staff action it does not take; nothing is written. The message is
 * for logs and never holds a full card number.
 */
public class RegistryRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Nothing typed. */
        QUERY_EMPTY(Kind.MALFORMED),
        /** Digits, but as many as no card identifier has (not 4, 8, 13 or 16–19). */
        DIGITS_UNKNOWN(Kind.MALFORMED),
        /** 16–19 digits that fail the Luhn check: no card has that number. */
        NUMBER_CHECKSUM(Kind.MALFORMED),
        /** 13 digits that fail the EAN-13 check. */
        BARCODE_CHECKSUM(Kind.MALFORMED),
        /** A name of one letter finds too much to be of use. */
        NAME_TOO_SHORT(Kind.MALFORMED),
        NAME_TOO_LONG(Kind.MALFORMED),
        /** A staff action needs its reason. */
        REASON_REQUIRED(Kind.MALFORMED),
        REASON_TOO_LONG(Kind.MALFORMED),
        /** The status asked for is not one the contract may move to from where it is. */
        TRANSITION_NOT_OFFERED(Kind.REFUSED),
        UNKNOWN_CARD(Kind.NOT_FOUND),
        UNKNOWN_CONTRACT(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public RegistryRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
