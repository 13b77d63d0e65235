package org.cardhub.acquiring.boundary;

import org.cardhub.acquiring.entity.CancellationReason;

import java.io.Serializable;

/**
 * A top-up the payer started: the page of the acquirer to send them to, or, when it could not be started, why
 * (nothing was charged). {@code paymentId} is Cardhub's public id of the payment, null when none was written.
 */
public record Started(String paymentId, String confirmationUrl, CancellationReason refusal) implements Serializable {

    public static Started toConfirm(String paymentId, String confirmationUrl) {
        return new Started(paymentId, confirmationUrl, null);
    }

    public static Started refused(String paymentId, CancellationReason reason) {
        return new Started(paymentId, null, reason);
    }

    public boolean mayPay() {
        return confirmationUrl != null;
    }
}
