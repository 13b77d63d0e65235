package org.cardhub.terminals.entity;

import java.time.Instant;

/**
 * A terminal message the broker gave up on after its redelivery attempts, with the broker's reason:
 * what the back office sees before re-driving it.
 */
public record DeadLetter(String messageId, Instant failedAt, String terminalId, String eventId, String reason,
                         String failure, String text) {
}
