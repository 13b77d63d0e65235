package org.cardhub.money;

/**
 * An amount that cannot exist: malformed, too precise, too large, not positive where it must be, or
 * combined with another currency. {@link #code()} is stable; the message is for logs and developers.
 */
public class InvalidAmountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Code {
        AMOUNT_FORMAT,
        AMOUNT_SCALE,
        AMOUNT_TOO_LARGE,
        AMOUNT_NOT_POSITIVE,
        CURRENCY_MISMATCH
    }

    private final Code code;

    public InvalidAmountException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
