package org.cardhub.payments.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A malformed or impossible operation request; nothing is written. {@link #code()} is stable for clients. */
public class InvalidOperationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        KEY_INVALID(Kind.MALFORMED),
        IDEMPOTENCY_CONFLICT(Kind.REFUSED),
        PURSE_UNKNOWN(Kind.REFUSED),
        CURRENCY_MISMATCH(Kind.REFUSED),
        SAME_ACCOUNT(Kind.REFUSED),
        REASON_REQUIRED(Kind.MALFORMED),
        CONTRACT_UNKNOWN(Kind.REFUSED),
        AUTO_TOP_UP_INVALID(Kind.MALFORMED),
        ITEM_INVALID(Kind.MALFORMED),
        ACCOUNT_FORMAT(Kind.MALFORMED),
        CURSOR_INVALID(Kind.MALFORMED),
        RANGE_INVALID(Kind.MALFORMED),
        REASON_TOO_LONG(Kind.MALFORMED),
        CARDS_REQUIRED(Kind.MALFORMED),
        TOO_MANY_CARDS(Kind.MALFORMED),
        CARD_TWICE(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidOperationException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
