package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;

import java.util.Objects;

/**
 * What Cardhub asks the acquirer to charge: the amount (the top-up and its fee), a description the payer sees, Cardhub's
 * own id of the payment, and either the page to send the payer back to (a payment the payer confirms, optionally
 * saving the card) or a saved card to charge at once (an auto top-up).
 */
public record PaymentRequest(Amount charged, String description, String cardhubPayment, String returnUrl,
                             boolean saveMethod, String savedMethodId) {

    public static final int MAX_DESCRIPTION = 128;

    public PaymentRequest {
        Objects.requireNonNull(charged);
        Objects.requireNonNull(cardhubPayment);
        if ((returnUrl == null) == (savedMethodId == null)) {
            throw new IllegalArgumentException("A payment is confirmed by the payer or charged to a saved card, not both");
        }
        description = description == null || description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION);
    }

    public static PaymentRequest confirmedByPayer(Amount charged, String description, String cardhubPayment,
                                                  String returnUrl, boolean saveMethod) {
        return new PaymentRequest(charged, description, cardhubPayment, returnUrl, saveMethod, null);
    }

    public static PaymentRequest recurring(Amount charged, String description, String cardhubPayment, String savedMethodId) {
        return new PaymentRequest(charged, description, cardhubPayment, null, false, savedMethodId);
    }

    public boolean isRecurring() {
        return savedMethodId != null;
    }
}
