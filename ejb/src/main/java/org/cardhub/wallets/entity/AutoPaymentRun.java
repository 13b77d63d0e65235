package org.cardhub.wallets.entity;

/** What one look at an auto-payment did. */
public enum AutoPaymentRun {
    /** Not due in its wallet's zone (or already run by someone else). */
    NOT_DUE,
    SENT,
    /** Declined or its receiver gone: the holder told, tried again tomorrow. */
    FAILED,
    /** Failed the third time in a row, or its wallet is closed: paused. */
    PAUSED
}
