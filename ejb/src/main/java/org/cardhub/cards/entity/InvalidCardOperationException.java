package org.cardhub.cards.entity;

/** A card operation its state or rules do not allow; {@link #code()} is stable for clients. */
public class InvalidCardOperationException extends IllegalStateException {

    public enum Code {
        STATUS_TRANSITION,
        PERMANENT_BLOCK,
        HOLDER_DATA_REQUIRED,
        CARD_UNKNOWN
    }

    private final Code code;

    public InvalidCardOperationException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
