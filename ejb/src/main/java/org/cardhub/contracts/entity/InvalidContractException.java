package org.cardhub.contracts.entity;

/** A contract request or change that breaks a rule; {@link #code()} is stable for clients. */
public class InvalidContractException extends IllegalArgumentException {

    public enum Code {
        PARTY_MISSING,
        TARIFF_REQUIRED,
        STATIONS_REQUIRED,
        CREDIT_LIMIT_INVALID,
        STATUS_TRANSITION,
        NOT_ACTIVE,
        WALLET_CARD_LIMIT
    }

    private final Code code;

    public InvalidContractException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
