package org.cardhub.payments.entity;

/**
 * An operation's outcome together with whether it was recorded for its key by an earlier request: a
 * partner interface that tells a replay apart ({@code Idempotency-Replayed}) needs to know.
 */
public record Recorded(Outcome outcome, boolean replayed) {
}
