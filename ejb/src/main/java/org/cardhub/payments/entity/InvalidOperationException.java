package org.cardhub.payments.entity;

/** A malformed or impossible operation request; nothing is written. {@link #code()} is stable for clients. */
public class InvalidOperationException extends IllegalArgumentException {

    public enum Code {
        KEY_INVALID,
        IDEMPOTENCY_CONFLICT,
        PURSE_UNKNOWN,
        CURRENCY_MISMATCH,
        SAME_ACCOUNT,
        REASON_REQUIRED,
        CONTRACT_UNKNOWN,
        AUTO_TOP_UP_INVALID,
        ITEM_INVALID,
        ACCOUNT_FORMAT,
        CURSOR_INVALID,
        RANGE_INVALID
    }

    private final Code code;

    public InvalidOperationException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
