package org.cardhub.acquiring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.control.AcquirerRefusedException;
import org.cardhub.acquiring.control.AcquirerUnavailableException;
import org.cardhub.acquiring.control.CardPayments;
import org.cardhub.acquiring.control.Decisions;
import org.cardhub.payments.entity.LostRace;
import org.cardhub.acquiring.control.PaymentRecords;
import org.cardhub.acquiring.control.PaymentRequests;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.refusal.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way a card payment is decided, whoever asks: the acquirer's notification, the payer's return page, the minute
 * poll, an auto top-up's charge. It never takes anyone's word for the payment's state: it asks the acquirer (a
 * {@code GET} of the payment, outside any transaction) and then decides by that answer in a transaction of its own,
 * which locks the payment's row and credits the ledger under the acquirer's payment id, so however many ask at once,
 * the money is credited once. An auto top-up's charge not yet created (the acquirer did not answer) is created again
 * with the same idempotence key, which can only answer the same charge.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Settlement {

    private static final Logger LOG = Logger.getLogger(Settlement.class.getName());
    private static final int ATTEMPTS = 3;
    /** A payer's payment the acquirer never got to create (Cardhub stopped meanwhile) is given up after this. */
    private static final Duration UNSTARTED = Duration.ofMinutes(10);

    /** Where the payment stands after asking, and whether the acquirer could be asked at all. */
    public record Settled(PaymentStatus status, boolean acquirerAnswered) {
    }

    @Inject
    CardPayments payments;

    @Inject
    PaymentRequests requests;

    @EJB
    PaymentRecords records;

    @EJB
    Decisions decisions;

    @EJB
    CardDirectory cards;

    public Settled settle(long paymentId) {
        CardPayment payment = payments.find(paymentId)
                .orElseThrow(() -> new IllegalArgumentException("No card payment " + paymentId));
        if (payment.status().isFinal()) {
            return new Settled(payment.status(), true);
        }
        try {
            if (payment.providerPaymentId() == null) {
                return payment.kind() == PaymentKind.AUTO ? createCharge(payment) : unstarted(payment);
            }
            return new Settled(decide(paymentId, requests.read(payment.providerPaymentId())), true);
        } catch (AcquirerUnavailableException e) {
            LOG.info(() -> "Card payment " + payment.publicId() + " stays pending, the acquirer did not answer: " + e.getMessage());
            return new Settled(PaymentStatus.PENDING, false);
        } catch (AcquirerRefusedException e) {
            // the acquirer does not know a payment it created, or refuses the shop: settings to fix, nothing to decide
            LOG.severe(() -> "Card payment " + payment.publicId() + " could not be read from the acquirer: " + e.getMessage());
            return new Settled(PaymentStatus.PENDING, false);
        } catch (Refusal | EJBException e) {
            // the decision rolled back (the books refused the credit, or it kept losing races): it stays pending, the
            // acquirer's next notification or the next poll decides it again
            LOG.log(Level.SEVERE, "Card payment " + payment.publicId() + " could not be decided now", e);
            return new Settled(PaymentStatus.PENDING, false);
        }
    }

    /** An auto top-up's charge: created (or, after a lost answer, found again by its key) and decided by the acquirer's answer. */
    private Settled createCharge(CardPayment payment) {
        ProviderPayment answer;
        try {
            answer = requests.create(payment, cards.find(CardRef.id(payment.cardId())).orElseThrow());
        } catch (AcquirerRefusedException e) {
            LOG.warning(() -> "The acquirer refused auto top-up charge " + payment.publicId() + ": " + e.getMessage());
            return new Settled(decisions.fail(payment.id(), CancellationReason.PROVIDER_REFUSED).status(), true);
        }
        records.created(payment.id(), answer);
        // the creation's answer is the acquirer's own (a recurring charge is decided at once), not a third party's word
        return new Settled(decide(payment.id(), answer), true);
    }

    private Settled unstarted(CardPayment payment) {
        if (payment.createdAt().isBefore(Instant.now().minus(UNSTARTED))) {
            return new Settled(decisions.fail(payment.id(), CancellationReason.PROVIDER_UNAVAILABLE).status(), true);
        }
        return new Settled(PaymentStatus.PENDING, false);
    }

    private PaymentStatus decide(long paymentId, ProviderPayment seen) {
        for (int attempt = 1; ; attempt++) {
            try {
                return decisions.apply(paymentId, seen).status();
            } catch (EJBException e) {
                if (attempt >= ATTEMPTS || !LostRace.isLostRace(e)) {
                    throw e;
                }
                LOG.fine(() -> "Deciding card payment " + paymentId + " lost a race, once more: " + e.getMessage());
            }
        }
    }
}
