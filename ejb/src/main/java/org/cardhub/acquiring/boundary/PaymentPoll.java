package org.cardhub.acquiring.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.control.CardPayments;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, asks the acquirer about the payments still pending after half a minute: those whose notification
 * never came are credited (or canceled) all the same, and an auto top-up's charge whose creation got no answer is
 * asked for again under its key. Those asked about longest ago come first.
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentPoll {

    private static final Logger LOG = Logger.getLogger(PaymentPoll.class.getName());
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final int BATCH = 100;

    @Inject
    CardPayments payments;

    @EJB
    Settlement settlement;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void pollPending() {
        for (Long paymentId : payments.pendingSince(Instant.now().minus(QUIET), BATCH)) {
            try {
                settlement.settle(paymentId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Card payment " + paymentId + " could not be settled now; next minute again", e);
            }
        }
    }
}
