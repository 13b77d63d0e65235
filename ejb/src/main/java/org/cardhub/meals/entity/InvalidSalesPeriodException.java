package org.cardhub.meals.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A period of a canteen's sales report that cannot be reported on; nothing is read. */
public class InvalidSalesPeriodException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** No first or last day. */
        PERIOD_MISSING(Kind.MALFORMED),
        /** The last day before the first. */
        PERIOD_REVERSED(Kind.MALFORMED),
        /** Longer than {@value SalesPeriod#MAX_DAYS} days. */
        PERIOD_TOO_LONG(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidSalesPeriodException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
