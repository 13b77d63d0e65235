package org.cardhub.tools.acquirer;

/** Who canceled a payment and why, with YooKassa's names for both. */
record Cancellation(String party, String reason) {

    /** The party YooKassa names itself as (its documentation: {@code yoo_money}). */
    static final String ACQUIRER = "yoo_money";
    /** The card's issuer or network. */
    static final String PAYMENT_NETWORK = "payment_network";

    static final String EXPIRED_ON_CONFIRMATION = "expired_on_confirmation";

    /** The payer refused, or never confirmed in time. */
    static Cancellation expiredOnConfirmation() {
        return new Cancellation(ACQUIRER, EXPIRED_ON_CONFIRMATION);
    }

    /** The issuer declined the card, e.g. {@code insufficient_funds}. */
    static Cancellation declinedByIssuer(String reason) {
        return new Cancellation(PAYMENT_NETWORK, reason);
    }
}
