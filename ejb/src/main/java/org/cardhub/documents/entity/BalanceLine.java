package org.cardhub.documents.entity;

import org.cardhub.money.Amount;

import java.time.Instant;

/**
 * A line of the reconciliation act: what moved the contract's balance, and by how much — positive for money in (a
 * top-up, a correction in the company's favour), negative for money out (goods sold, a correction against it).
 *
 * @param at when it was booked; null for a line that sums the month (goods sold by product)
 */
public record BalanceLine(Instant at, String what, Amount change) {
}
