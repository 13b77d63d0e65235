package org.cardhub.webhooks.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.secrets.SecretVault;
import org.cardhub.webhooks.control.Claimed;
import org.cardhub.webhooks.control.DeliveryClaims;
import org.cardhub.webhooks.control.WebhookSender;
import org.cardhub.webhooks.control.WebhookSettings;
import org.cardhub.webhooks.entity.SendOutcome;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, sends the deliveries that are due: claims a batch (a short transaction), sends them all at once with no
 * transaction open, and records each answer (a short transaction each). A run still busy when the next second comes
 * lets it pass; two runs elsewhere never send the same row at once (see {@link DeliveryClaims}).
 */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 50;

    @EJB
    DeliveryClaims claims;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    SecretVault vault;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void dispatch() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int sent;
            do {
                sent = round();
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            // the rows stay claimed until their lease ends and are sent again then; the next second tries the others
            LOG.log(Level.WARNING, "A webhook dispatch round failed", e);
        } finally {
            running.set(false);
        }
    }

    private int round() {
        List<Claimed> batch = claims.claimDue(BATCH, settings.lease(), Instant.now());
        Map<Claimed, CompletableFuture<SendOutcome>> attempts = new LinkedHashMap<>();
        for (Claimed claimed : batch) {
            attempts.put(claimed, claimed.endpointRemoved()
                    ? CompletableFuture.completedFuture(SendOutcome.unanswered("Endpoint removed"))
                    : sender.send(claimed.url(), claimed.eventId(), claimed.body(), vault.open(claimed.secretSealed()),
                    Instant.now()));
        }
        attempts.forEach((claimed, attempt) -> {
            SendOutcome outcome = attempt.join();
            claims.record(claimed, outcome, claimed.endpointRemoved() ? settings.backOff().withNoRetry()
                    : settings.backOff(), Instant.now());
        });
        return batch.size();
    }
}
