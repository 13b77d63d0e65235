package org.cardhub.contracts.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A contract request or change that breaks a rule; {@link #code()} is stable for clients. */
public class InvalidContractException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Every one is refused by the rules. */
    public enum Code implements RefusalCode {
        PARTY_MISSING,
        TARIFF_REQUIRED,
        STATIONS_REQUIRED,
        CREDIT_LIMIT_INVALID,
        STATUS_TRANSITION,
        NOT_ACTIVE,
        WALLET_CARD_LIMIT,
        /** The contract's cards draw on its own account: there is nothing to hand out to them or take back. */
        NOT_DISTRIBUTED,
        LOW_BALANCE_INVALID;

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    public InvalidContractException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
