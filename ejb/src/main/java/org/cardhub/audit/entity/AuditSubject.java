package org.cardhub.audit.entity;

/** What an audit record is about; its id is the subject's own (a card's, an account's, a terminal's code, a user's id). */
public enum AuditSubject {
    ORGANIZATION,
    CONTRACT,
    CARD,
    ACCOUNT,
    ENTRY,
    TERMINAL,
    USER,
    TARIFF,
    CARD_ORDER,
    CARD_STOCK,
    APPLICATION,
    /** A pupil's 8-digit school contract number, as parents link by it (its linking lock): the id is the number. */
    SCHOOL_CONTRACT_NUMBER,
    /** A partner's webhook endpoint (issue 23): the id is the endpoint's. */
    WEBHOOK_ENDPOINT,
    /** A back-office proposal of a correction or a reversal (four eyes): the id is the proposal's. */
    CORRECTION,
    /** An offline purchase kept for review (the back office accepts or charges it back): the id is the review's. */
    OFFLINE_REVIEW,
    /** A partner system: the id is its Keycloak client id. */
    PARTNER,
    /** A phone one-time codes were sent to or checked for (issue 25): the id is the number, +79XXXXXXXXX. */
    PHONE_NUMBER,
    /** A wallet identification level, whose caps the back office changes (issue 25): the id is the tier's name. */
    WALLET_LEVEL
}
