package org.cardhub.webhooks.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackOffTest {

    private final BackOff production = new BackOff(Duration.ofSeconds(10), Duration.ofHours(1), 8);

    @Test
    void theDelayDoublesFromTheBaseAfterEachFailure() {
        assertThat(production.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(production.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(production.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(production.delayAfter(7)).isEqualTo(Duration.ofSeconds(640));
    }

    @Test
    void theDelayStopsGrowingAtTheCapHoweverManyFailures() {
        BackOff capped = new BackOff(Duration.ofSeconds(10), Duration.ofMinutes(5), 100);

        assertThat(capped.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(capped.delayAfter(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(capped.delayAfter(64)).isEqualTo(Duration.ofMinutes(5));
        assertThat(capped.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDeliveryIsGivenUpOnceItsAttemptsAreSpent() {
        assertThat(production.exhausted(7)).isFalse();
        assertThat(production.exhausted(8)).isTrue();
        assertThat(production.withNoRetry().exhausted(1)).isTrue();
    }

    @Test
    void aFailedDeliveryWaitsLongerEachTimeAndDiesAfterTheLastAttempt() {
        BackOff quick = new BackOff(Duration.ofSeconds(1), Duration.ofMinutes(1), 4);
        WebhookDelivery delivery = new WebhookDelivery(1, "e-1", WebhookEventType.CARD_BLOCKED, Instant.EPOCH, "{}");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        delivery.failed(500, null, quick, now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        delivery.failed(null, "Timed out", quick, now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(2));
        delivery.failed(503, null, quick, now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(4));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        delivery.failed(500, null, quick, now);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(4);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.lastError()).isEqualTo("HTTP 500");
    }

    @Test
    void onlyADeadDeliveryIsRedrivenAndItStartsAFreshRound() {
        BackOff once = new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
        WebhookDelivery delivery = new WebhookDelivery(1, "e-2", WebhookEventType.TOPUP_CREDITED, Instant.EPOCH, "{}");
        assertThatThrownBy(() -> delivery.redrive(Instant.EPOCH)).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).code()).isEqualTo(InvalidWebhookException.Code.NOT_DEAD);
        delivery.failed(500, null, once, Instant.EPOCH);
        Instant later = Instant.EPOCH.plusSeconds(3600);

        delivery.redrive(later);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.nextAttemptAt()).isEqualTo(later);
    }

    @Test
    void aBackOffNeedsAPositiveBaseACapNotBelowItAndAnAttempt() {
        assertThatThrownBy(() -> new BackOff(Duration.ZERO, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
