package org.cardhub.payments.entity;

/**
 * Reason codes of declined operations besides the limit reasons; the names are the terminal protocol's
 * (ALREADY_REVERSED, CONTRACT_INACTIVE, EXCEEDS_AUTHORISATION, WALLET_CAP and OFFLINE_FLOOR_EXCEEDED are Cardhub's additions).
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
    OFFLINE_FLOOR_EXCEEDED
}
