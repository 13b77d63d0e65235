package org.cardhub.acquiring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.control.AcquiringSettings;
import org.cardhub.acquiring.control.CardPayments;
import org.cardhub.acquiring.control.PaymentJson;
import org.cardhub.acquiring.entity.CardPayment;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The acquirer's notifications ({@code payment.succeeded}, {@code payment.canceled}). YooKassa signs none and names the
 * addresses it sends from, so one from anywhere else is refused unread; one from there is only a hint to settle the
 * payment it names, which {@link Settlement} reads from the acquirer itself: a forged or stale one credits nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AcquirerNotifications {

    private static final Logger LOG = Logger.getLogger(AcquirerNotifications.class.getName());

    /** How the notification is answered. YooKassa sends again anything not answered 200, for a day. */
    public enum Answer {
        /** Settled by the acquirer's own view of the payment. */
        ACCEPTED(200),
        /** Not Cardhub's payment, or not a notification: sending it again would not change that. */
        IGNORED(200),
        /**
         * Not from the acquirer's addresses. The acquirer itself never gets this unless the setting misses one of its
         * addresses; then its retries arrive once the setting is fixed, and the poll settles the payment meanwhile.
         */
        FORBIDDEN(403),
        /** The acquirer could not be asked about the payment now: it is to send the notification again. */
        RETRY_LATER(503);

        private final int status;

        Answer(int status) {
            this.status = status;
        }

        public int httpStatus() {
            return status;
        }
    }

    @Inject
    AcquiringSettings settings;

    @Inject
    CardPayments payments;

    @EJB
    Settlement settlement;

    public Answer receive(String remoteAddress, String body) {
        if (!settings.notificationSources().trusts(remoteAddress)) {
            LOG.warning(() -> "Refused a payment notification from " + remoteAddress + ", not an address of the acquirer");
            return Answer.FORBIDDEN;
        }
        PaymentJson.Notification notification;
        try {
            notification = PaymentJson.notification(body);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Ignored a body from " + remoteAddress + " that is not a payment notification: " + e.getMessage());
            return Answer.IGNORED;
        }
        Optional<CardPayment> payment = payments.byProviderId(notification.paymentId());
        if (payment.isEmpty()) {
            LOG.warning(() -> "Ignored " + notification.event() + " of " + notification.paymentId() + ", not a payment of Cardhub's");
            return Answer.IGNORED;
        }
        return settlement.settle(payment.get().id()).acquirerAnswered() ? Answer.ACCEPTED : Answer.RETRY_LATER;
    }
}
