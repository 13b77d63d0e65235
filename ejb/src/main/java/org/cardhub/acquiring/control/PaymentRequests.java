package org.cardhub.acquiring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.acquiring.entity.PaymentRequest;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.entity.AccountPurpose;

/**
 * Asks the acquirer to create a payment Cardhub has written: confirmed by the payer on the acquirer's page, or charged
 * to a saved card. Always with the payment's own idempotence key, so asking again (after a timeout, or by the poll)
 * answers the same payment. Called outside any transaction.
 */
@Dependent
public class PaymentRequests {

    @Inject
    AcquiringSettings settings;

    public ProviderPayment create(CardPayment payment, Card card) {
        String description = (payment.kind() == PaymentKind.AUTO ? "Автопополнение карты " : "Пополнение карты ")
                + card.panMasked() + (payment.purse() == AccountPurpose.CANTEEN ? ", баланс столовой" : ", общий баланс");
        PaymentRequest request = payment.kind() == PaymentKind.AUTO
                ? PaymentRequest.recurring(payment.charged(), description, payment.publicId(), payment.paymentMethodId())
                : PaymentRequest.confirmedByPayer(payment.charged(), description, payment.publicId(),
                settings.returnUrl(payment.publicId()), payment.savesMethod());
        return settings.client().create(payment.idempotenceKey(), request);
    }

    public ProviderPayment read(String providerPaymentId) {
        return settings.client().get(providerPaymentId);
    }
}
