package org.cardhub.webhooks.control;

import jakarta.persistence.EntityManager;
import org.cardhub.testing.MigratedDatabase;
import org.cardhub.webhooks.entity.BackOff;
import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.SendOutcome;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;
import org.cardhub.webhooks.entity.WebhookEventType;
import org.cardhub.webhooks.entity.WebhookUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims on the migrated schema (H2 in its PostgreSQL mode, as the launcher's default runs): a row is held by one run. */
class DeliveryClaimsTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final BackOff BACK_OFF = new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(8), 3);

    private MigratedDatabase database;
    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");
    private long endpointId;

    @BeforeEach
    void anEndpointWithThreeDueDeliveries() {
        database = new MigratedDatabase();
        endpointId = database.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO partner (client_id, name, rate_per_second, burst, created_at) "
                    + "VALUES ('fleet-system', 'Fleet', 10, 10, CURRENT_TIMESTAMP)").executeUpdate();
            WebhookEndpoint endpoint = new WebhookEndpoint("fleet-system", WebhookUrl.parse("https://p.example.org/h", false),
                    Set.of(WebhookEventType.CARD_BLOCKED), "v1:sealed", "fleet-system", now);
            em.persist(endpoint);
            em.flush();
            for (int i = 0; i < 3; i++) {
                em.persist(new WebhookDelivery(endpoint.id(), "event-" + i, WebhookEventType.CARD_BLOCKED, now.minusSeconds(1), "{}"));
            }
            return endpoint.id();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseEnds() {
        List<Claimed> first = database.inTransaction(em -> claims(em).claimDue(10, LEASE, now));
        List<Claimed> second = database.inTransaction(em -> claims(em).claimDue(10, LEASE, now.plusSeconds(1)));
        List<Claimed> afterTheLease = database.inTransaction(em -> claims(em).claimDue(10, LEASE, now.plus(LEASE).plusSeconds(1)));

        assertThat(first).hasSize(3).allSatisfy(claimed -> {
            assertThat(claimed.url()).isEqualTo("https://p.example.org/h");
            assertThat(claimed.endpointRemoved()).isFalse();
        });
        assertThat(second).as("held by the first run").isEmpty();
        assertThat(afterTheLease).as("the first run died: its rows come back").hasSize(3);
        assertThat(afterTheLease.get(0).token()).isNotEqualTo(first.get(0).token());
    }

    @Test
    void anOutcomeIsRecordedOnlyByTheRunThatStillHoldsTheRow() {
        Claimed stale = database.inTransaction(em -> claims(em).claimDue(1, LEASE, now)).get(0);
        Claimed current = database.inTransaction(em -> claims(em).claimDue(1, LEASE, now.plus(LEASE).plusSeconds(1))).get(0);

        boolean staleRecorded = database.inTransaction(em -> claims(em).record(stale, SendOutcome.answered(200), BACK_OFF, now));
        boolean currentRecorded = database.inTransaction(em ->
                claims(em).record(current, SendOutcome.answered(500), BACK_OFF, now.plus(LEASE)));

        assertThat(staleRecorded).isFalse();
        assertThat(currentRecorded).isTrue();
        WebhookDelivery delivery = database.inTransaction(em -> em.find(WebhookDelivery.class, current.deliveryId()));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isEqualTo("HTTP 500");
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plus(LEASE).plusSeconds(1));
    }

    @Test
    void aDeliveredRowIsNeverClaimedAgain() {
        for (Claimed claimed : database.inTransaction(em -> claims(em).claimDue(10, LEASE, now))) {
            database.inTransaction(em -> claims(em).record(claimed, SendOutcome.answered(204), BACK_OFF, now));
        }

        List<Claimed> later = database.inTransaction(em -> claims(em).claimDue(10, LEASE, now.plusSeconds(3600)));
        assertThat(later).isEmpty();
    }

    /** The race itself: the second run waits for the first's row locks, then finds the rows held. */
    @Test
    void twoRunsAtOnceNeverHoldTheSameRow() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<List<Claimed>> first = CompletableFuture.supplyAsync(() -> database.inTransaction(em -> {
            List<Claimed> held = claims(em).claimDue(10, LEASE, now);
            firstClaimed.countDown();
            await(secondStarted);
            sleep(300); // still uncommitted while the second run asks for the same rows
            return held;
        }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<Claimed>> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            try {
                return database.inTransaction(em -> claims(em).claimDue(10, LEASE, now));
            } catch (RuntimeException lockTimeout) {
                return List.of(); // a run that cannot get the rows leaves them to the next second
            }
        });

        List<Long> firstIds = ids(first.get(20, TimeUnit.SECONDS));
        List<Long> secondIds = ids(second.get(20, TimeUnit.SECONDS));

        assertThat(firstIds).hasSize(3);
        assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
    }

    private static DeliveryClaims claims(EntityManager em) {
        DeliveryClaims claims = new DeliveryClaims();
        claims.em = em;
        return claims;
    }

    private static List<Long> ids(List<Claimed> claimed) {
        List<Long> ids = new ArrayList<>();
        claimed.forEach(c -> ids.add(c.deliveryId()));
        return ids;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
