package org.cardhub.ledger.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.time.YearMonth;

/**
 * Nothing posts into a closed month; corrections post into the open period instead. Rolls the whole operation
 * back, and the adapters answer it as a technical failure.
 */
public class ClosedPeriodException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        PERIOD_CLOSED;

        @Override
        public Kind kind() {
            return Kind.GUARD;
        }
    }

    public ClosedPeriodException(long contractId, YearMonth month) {
        super(Code.PERIOD_CLOSED, "The books of contract " + contractId + " for " + month
                + " are closed; post into the open period");
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
