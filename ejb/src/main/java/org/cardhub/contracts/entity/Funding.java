package org.cardhub.contracts.entity;

/** Prepaid contracts spend what was paid in; credit contracts may go down to minus their credit limit. */
public enum Funding {
    PREPAID,
    CREDIT
}
