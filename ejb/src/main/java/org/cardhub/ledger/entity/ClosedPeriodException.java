package org.cardhub.ledger.entity;

import java.time.YearMonth;

/** Nothing posts into a closed month; corrections post into the open period instead. */
public class ClosedPeriodException extends IllegalStateException {

    public ClosedPeriodException(long contractId, YearMonth month) {
        super("The books of contract " + contractId + " for " + month + " are closed; post into the open period");
    }
}
