package org.cardhub.acquiring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.control.PayoutDecisions;
import org.cardhub.acquiring.control.PayoutExchange;
import org.cardhub.acquiring.control.PayoutRecords;
import org.cardhub.acquiring.entity.Payout;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, asks the acquirer ({@code GET /payouts/{id}}) about the payouts still pending half a minute after they
 * were last asked about, and decides those it has decided. A payout whose creation got no answer has no id of the
 * acquirer's to ask by, and its card number is kept nowhere to create it again: it waits for its caller to ask again
 * under the same key (which answers the same payout at the acquirer), and is named in the log for a person once an hour.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutPoll {

    private static final Logger LOG = Logger.getLogger(PayoutPoll.class.getName());
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Duration UNANSWERED = Duration.ofHours(1);
    private static final int BATCH = 100;

    @Inject
    PayoutRecords records;

    @Inject
    PayoutExchange exchange;

    @EJB
    PayoutDecisions decisions;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void pollPending() {
        Instant now = Instant.now();
        for (Long payoutId : records.pendingSince(now.minus(QUIET), BATCH)) {
            try {
                records.find(payoutId).ifPresent(exchange::read);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Payout " + payoutId + " could not be settled now; next minute again", e);
            }
        }
        for (Payout unanswered : records.unansweredSince(now.minus(UNANSWERED), BATCH)) {
            LOG.severe(() -> "Payout " + unanswered.publicId() + " (" + unanswered.amount() + " to " + unanswered.cardMasked()
                    + ") never got the acquirer's answer: ask again under key " + unanswered.idempotenceKey()
                    + ", or look it up at the acquirer");
            decisions.checked(unanswered.id());
        }
    }
}
