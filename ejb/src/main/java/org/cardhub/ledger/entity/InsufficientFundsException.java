package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A guard, not a business outcome: services check availability first and decline with a reason; this
 * fires only if a posting would still overdraw an account, and rolls the whole operation back.
 */
public class InsufficientFundsException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        FUNDS_INSUFFICIENT;

        @Override
        public Kind kind() {
            return Kind.GUARD;
        }
    }

    public InsufficientFundsException(Long accountId, Amount available, Amount wanted) {
        super(Code.FUNDS_INSUFFICIENT, "Account " + accountId + " has " + available + " available, " + wanted + " wanted");
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
