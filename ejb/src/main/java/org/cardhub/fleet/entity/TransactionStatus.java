package org.cardhub.fleet.entity;

/**
 * Where a transaction stands: booked, or taken back since by a reversal (a purchase returned, a top-up cancelled). A
 * declined attempt books nothing and is not a transaction; an authorisation still open is not one yet.
 */
public enum TransactionStatus {
    BOOKED,
    REVERSED
}
