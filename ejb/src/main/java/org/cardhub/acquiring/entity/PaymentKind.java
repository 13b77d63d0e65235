package org.cardhub.acquiring.entity;

/** Who confirmed the payment: the payer on the acquirer's page, or nobody (an auto top-up's charge of a saved card). */
public enum PaymentKind {
    PAYER, AUTO
}
