package org.cardhub.wallets.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What asking for a code came to, for the page to say: sent (valid until {@code expiresAt}; another may be asked at
 * {@code nextCodeAt}), too soon for another ({@code nextCodeAt}), or the number blocked for that purpose until
 * {@code blockedUntil}. {@code waitSeconds} is how long the page tells the person to wait, rounded up: until another code
 * may be asked, or until the block ends.
 */
public record CodeSending(Status status, Instant expiresAt, Instant nextCodeAt, Instant blockedUntil, long waitSeconds)
        implements Serializable {

    public enum Status { SENT, RESEND_TOO_SOON, BLOCKED }

    public CodeSending {
        Objects.requireNonNull(status, "status");
    }

    static CodeSending sent(Instant now, Instant expiresAt, Instant nextCodeAt) {
        return new CodeSending(Status.SENT, expiresAt, nextCodeAt, null, secondsBetween(now, nextCodeAt));
    }

    static CodeSending tooSoon(Instant now, Instant nextCodeAt) {
        return new CodeSending(Status.RESEND_TOO_SOON, null, nextCodeAt, null, secondsBetween(now, nextCodeAt));
    }

    static CodeSending blocked(Instant now, Instant until) {
        return new CodeSending(Status.BLOCKED, null, null, until, secondsBetween(now, until));
    }

    public boolean isSent() {
        return status == Status.SENT;
    }

    static long secondsBetween(Instant now, Instant later) {
        Duration left = Duration.between(now, later);
        return left.isNegative() ? 0 : left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }
}
