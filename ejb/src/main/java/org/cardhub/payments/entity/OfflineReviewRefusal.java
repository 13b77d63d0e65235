package org.cardhub.payments.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A decision on an offline review the back office may not take; nothing is written. */
public class OfflineReviewRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        REASON_REQUIRED(Kind.MALFORMED),
        REASON_TOO_LONG(Kind.MALFORMED),
        PERIOD_REVERSED(Kind.MALFORMED),
        NOT_FOUND(Kind.NOT_FOUND),
        ALREADY_DECIDED(Kind.REFUSED),
        NOT_POSTED(Kind.REFUSED),
        /** The ledger would not reverse the purchase (it was reversed some other way meanwhile). */
        REVERSAL_DECLINED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public OfflineReviewRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
