package org.cardhub.acquiring.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.ProviderPayment;

/**
 * Writes a payment before the acquirer is asked, and the acquirer's id of it after, each in a short transaction of its
 * own, so no lock is held while the acquirer answers.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentRecords {

    @Inject
    CardPayments payments;

    /** The new payment, or the one written earlier under the same idempotence key (a double click). */
    public CardPayment open(CardPayment fresh) {
        return payments.byIdempotenceKey(fresh.idempotenceKey()).orElseGet(() -> payments.persist(fresh));
    }

    /** The acquirer created it: its id and the page where the payer confirms it. */
    public CardPayment created(long paymentId, ProviderPayment answer) {
        CardPayment payment = payments.lock(paymentId);
        payment.createdAs(answer.id(), answer.confirmationUrl());
        return payment;
    }
}
