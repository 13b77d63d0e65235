package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;

/**
 * A guard, not a business outcome: services check availability first and decline with a reason; this
 * fires only if a posting would still overdraw an account, and rolls the whole operation back.
 */
public class InsufficientFundsException extends IllegalStateException {

    public InsufficientFundsException(Long accountId, Amount available, Amount wanted) {
        super("Account " + accountId + " has " + available + " available, " + wanted + " wanted");
    }
}
