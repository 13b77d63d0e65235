package org.cardhub.documents.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** Why closing documents are not issued, or one is not handed out. */
public class DocumentRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The month's books are still open: its figures may change. */
        MONTH_OPEN(Kind.REFUSED),
        /** A month that has not ended yet, or not a month at all. */
        MONTH_INVALID(Kind.MALFORMED),
        /** Only fuel contracts get closing documents. */
        NOT_FUEL(Kind.REFUSED),
        /** A new version needs a reason of 1 to 500 characters. */
        REASON_REQUIRED(Kind.MALFORMED),
        /** A new version of a month that has none yet: issue its first. */
        NOT_ISSUED(Kind.REFUSED),
        /** No VAT rate is in force for the month. */
        NO_VAT_RATE(Kind.REFUSED),
        /** No contract of that number. */
        CONTRACT_UNKNOWN(Kind.NOT_FOUND),
        /** The stored file does not match the hash it was issued with. */
        CONTENT_ALTERED(Kind.GUARD);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public DocumentRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
