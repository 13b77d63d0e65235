package org.cardhub.cards.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A card number, barcode or school contract number that cannot exist. {@link #code()} is stable; the
 * message is for logs and never contains a full card number.
 */
public class InvalidCardIdentifierException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Every one is a malformed request. */
    public enum Code implements RefusalCode {
        /** Missing, or not 16–19 digits. */
        PAN_FORMAT,
        PAN_CHECKSUM,
        BIN_FORMAT,
        /** The sequence number does not fit between the BIN and the check digit. */
        PAN_SEQUENCE,
        BARCODE_FORMAT,
        BARCODE_CHECKSUM,
        CONTRACT_NUMBER_FORMAT,
        /** Not something a card can be named by: blank, or not digits. */
        REFERENCE_FORMAT;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    public InvalidCardIdentifierException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
