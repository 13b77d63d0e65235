package org.cardhub.acquiring.entity;

/** What the acquirer's current view of a payout means for Cardhub's row of it. */
public enum PayoutTransition {
    /** The acquirer paid it and the row is pending: the money in transit is the acquirer's to settle now. */
    SETTLE,
    /** The acquirer canceled it and the row is pending: the money goes back to the wallet, and why is kept. */
    GIVE_BACK,
    /** The acquirer is still paying it. */
    WAIT,
    /** The row was already decided the way the acquirer says. */
    NOTHING,
    /** Not the payout Cardhub asked for (its id, amount, currency or Cardhub's id differ): act on nothing. */
    MISMATCH,
    /** The acquirer says otherwise than a decision already taken: act on nothing, tell people. */
    CONTRADICTION
}
