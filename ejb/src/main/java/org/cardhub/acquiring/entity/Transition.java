package org.cardhub.acquiring.entity;

/** What the acquirer's current view of a payment means for Cardhub's row of it. */
public enum Transition {
    /** The acquirer took the money and the row is pending: credit it now. */
    CREDIT,
    /** The acquirer canceled it and the row is pending: record why. */
    CANCEL,
    /** Still waiting for the payer or the bank. */
    WAIT,
    /** The row was already decided the way the acquirer says. */
    NOTHING,
    /** Not the payment Cardhub created (its id, amount, currency or Cardhub's id differ): act on nothing. */
    MISMATCH,
    /** The acquirer says otherwise than a decision already taken (e.g. succeeded after canceled): act on nothing, tell people. */
    CONTRADICTION
}
