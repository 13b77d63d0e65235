package org.cardhub.tools.acquirer;

/** The card a payment was made with; a saved one can be charged again by its id (a recurring payment). */
record PaymentMethod(String id, Card card, boolean saved) {
}
