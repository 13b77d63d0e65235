package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRefusal;
import org.cardhub.contracts.entity.ContractRefusal;
import org.cardhub.limits.entity.DeclineReason;

/**
 * Why an operation was declined; the names are the terminal protocol's reason codes (ALREADY_REVERSED,
 * CONTRACT_INACTIVE, EXCEEDS_AUTHORISATION, WALLET_CAP, OFFLINE_FLOOR_EXCEEDED and STATION_NOT_ALLOWED are
 * Cardhub's additions). Cards, contracts and limits give their own reasons, which map onto these.
 */
public enum DeclineCode {
    INSUFFICIENT_FUNDS,
    CARD_UNKNOWN,
    CARD_BLOCKED,
    CARD_EXPIRED,
    REFERENCE_UNKNOWN,
    DUPLICATE_CONFLICT,
    ALREADY_REVERSED,
    CONTRACT_INACTIVE,
    EXCEEDS_AUTHORISATION,
    WALLET_CAP,
    OFFLINE_FLOOR_EXCEEDED,
    LIMIT_EXCEEDED,
    PRODUCT_NOT_ALLOWED,
    OUTSIDE_TIME_WINDOW,
    STATION_NOT_ALLOWED;

    public static DeclineCode of(CardRefusal.Reason reason) {
        return switch (reason) {
            case BLOCKED -> CARD_BLOCKED;
            case EXPIRED -> CARD_EXPIRED;
        };
    }

    public static DeclineCode of(ContractRefusal.Reason reason) {
        return switch (reason) {
            case INACTIVE -> CONTRACT_INACTIVE;
            case WALLET_CAP -> WALLET_CAP;
        };
    }

    public static DeclineCode of(DeclineReason limitReason) {
        return switch (limitReason) {
            case LIMIT_EXCEEDED -> LIMIT_EXCEEDED;
            case PRODUCT_NOT_ALLOWED -> PRODUCT_NOT_ALLOWED;
            case OUTSIDE_TIME_WINDOW -> OUTSIDE_TIME_WINDOW;
            case STATION_NOT_ALLOWED -> STATION_NOT_ALLOWED;
        };
    }
}
