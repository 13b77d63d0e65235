package org.cardhub.ledger.entity;

import java.time.YearMonth;

/**
 * A contract's month was closed (again, after a reopen, too): fired as a CDI event in the closing transaction, so an
 * observer that acts on the closed books (the closing documents) observes it {@code during = AFTER_SUCCESS} and sees
 * only closes that committed. The ledger knows nothing of who listens.
 */
public record MonthClosed(long contractId, YearMonth month) {
}
