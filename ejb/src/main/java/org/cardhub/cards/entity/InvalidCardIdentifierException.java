package org.cardhub.cards.entity;

/**
 * A card number, barcode or school contract number that cannot exist. {@link #code()} is stable; the
 * message is for logs and never contains a full card number.
 */
public class InvalidCardIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Code {
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
        REFERENCE_FORMAT
    }

    private final Code code;

    public InvalidCardIdentifierException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
