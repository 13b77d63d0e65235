package org.cardhub.webhooks.entity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signature of a webhook request, and its check as a partner makes it (docs/webhooks.md): plain Java with no
 * dependency, so a partner can copy the class. {@code Cardhub-Webhook-Signature: v1=<hex>} is the HMAC-SHA256 of
 * {@code "<timestamp>.<body>"} under the endpoint's secret, where the timestamp is {@code Cardhub-Webhook-Timestamp}
 * (epoch seconds) and the body the exact bytes received, read as UTF-8.
 */
public final class WebhookSignature {

    /** How old a request may be before it is refused as a replay; a partner may take less, not more. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    /** The header's value for {@code body} sent at {@code timestamp} (epoch seconds). */
    public static String sign(String secret, long timestamp, String body) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * Whether a request is genuine and fresh: the timestamp is a number of seconds no more than {@link #TOLERANCE}
     * away from {@code now}, and one of the header's comma-separated {@code v1=} signatures matches, compared in
     * constant time. Deduplicate by {@code Cardhub-Webhook-Id} on top: a retry sends the same event again.
     */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader, Instant now) {
        if (secret == null || timestampHeader == null || body == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String candidate : signatureHeader.split(",")) {
            // every candidate is compared, so the time taken says nothing about which one matched
            matched |= MessageDigest.isEqual(expected, candidate.trim().getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
