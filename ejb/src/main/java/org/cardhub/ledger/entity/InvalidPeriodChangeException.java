package org.cardhub.ledger.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A close or reopen of a month the rules do not allow; nothing is changed. */
public class InvalidPeriodChangeException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A reopen without a reason, or with one too long. */
        REASON_REQUIRED(Kind.MALFORMED),
        /** A reopen of a month that is open. */
        NOT_CLOSED(Kind.REFUSED),
        /** A close of a month that has not ended yet in the contract's time zone. */
        NOT_ENDED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidPeriodChangeException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
