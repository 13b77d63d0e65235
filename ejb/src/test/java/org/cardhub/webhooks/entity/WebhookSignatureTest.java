package org.cardhub.webhooks.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_0123456789abcdef";
    private static final String BODY = "{\"id\":\"7c1e\",\"type\":\"card.blocked\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
            + "\"data\":{\"cardId\":42,\"holder\":\"Смирнов\"}}";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:10Z");
    private static final long SENT = NOW.getEpochSecond() - 10;

    @Test
    void aGenuineRequestIsAccepted() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);

        assertThat(header).matches("v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, header, NOW)).isTrue();
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBodyAsDocumented() {
        // printf '%s' '1700000000.{"id":"a"}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"id\":\"a\"}"))
                .isEqualTo("v1=788fa36193b43030b3271df193dc9aca3bb83e3703a36313282ecbc45548b967");
    }

    @Test
    void aForgedBodyIsRefused() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY.replace("42", "43"), header, NOW)).isFalse();
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String header = WebhookSignature.sign("whsec_someone-else", SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, header, NOW)).isFalse();
    }

    @Test
    void aChangedTimestampIsRefusedAsTheSignatureCoversIt() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT + 1), BODY, header, NOW)).isFalse();
    }

    @Test
    void aReplayOlderThanFiveMinutesIsRefusedEvenWithItsGenuineSignature() {
        long old = NOW.getEpochSecond() - 301;
        String header = WebhookSignature.sign(SECRET, old, BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(old), BODY, header, NOW)).isFalse();
        long justInTime = NOW.getEpochSecond() - 300;
        assertThat(WebhookSignature.verify(SECRET, Long.toString(justInTime), BODY,
                WebhookSignature.sign(SECRET, justInTime, BODY), NOW)).isTrue();
    }

    @Test
    void aTimestampFarInTheFutureIsRefusedToo() {
        long future = NOW.getEpochSecond() + 600;

        assertThat(WebhookSignature.verify(SECRET, Long.toString(future), BODY,
                WebhookSignature.sign(SECRET, future, BODY), NOW)).isFalse();
    }

    @Test
    void oneGenuineSignatureAmongSeveralIsEnoughForAKeyChange() {
        String header = "v1=" + "0".repeat(64) + ", " + WebhookSignature.sign(SECRET, SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, header, NOW)).isTrue();
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, null, BODY, header, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "yesterday", BODY, header, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, null, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, header.substring(3), NOW)).isFalse();
    }
}
