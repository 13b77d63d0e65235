package org.cardhub.money;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * An amount that cannot exist: malformed, too precise, too large, not positive where it must be, or
 * combined with another currency. {@link #code()} is stable; the message is for logs and developers.
 */
public class InvalidAmountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        AMOUNT_FORMAT(Kind.MALFORMED),
        AMOUNT_SCALE(Kind.MALFORMED),
        AMOUNT_TOO_LARGE(Kind.REFUSED),
        AMOUNT_NOT_POSITIVE(Kind.REFUSED),
        CURRENCY_MISMATCH(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidAmountException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
