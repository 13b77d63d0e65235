package org.cardhub.ledger.entity;

import java.time.YearMonth;

/**
 * A contract's closed month was reopened with a reason: fired as a CDI event in the reopening transaction (observe it
 * {@code during = AFTER_SUCCESS}); entries may post into the month again until it is closed again.
 */
public record MonthReopened(long contractId, YearMonth month, String reason) {
}
