package org.cardhub.fleet.entity;

import java.time.Instant;
import java.time.YearMonth;

/** A fuel contract's month whose books are closed, and when they were (last) closed. */
public record ClosedMonth(long contractId, YearMonth month, Instant closedAt) {
}
