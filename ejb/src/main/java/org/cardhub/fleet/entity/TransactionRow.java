package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of a contract's transactions. The amount and volume are as the operation had them (never negative); the
 * type says which way they went. Card and holder are null for a movement on the contract's own account.
 */
public record TransactionRow(long id, Instant bookedAt, TransactionType type, String panMasked, String holder,
                             String station, String region, String product, Amount amount, Amount volume)
        implements Serializable {
}
