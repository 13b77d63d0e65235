package org.cardhub.school.entity;

import java.time.Instant;

/**
 * A card passed a turnstile, within the transaction that recorded the pass (once per terminal event): components above
 * the school observe it synchronously — an education centre's entrance marks its pupils at the lessons starting then.
 */
public record CardPassed(long cardId, long contractId, String terminalId, Attendance.Direction direction, Instant occurredAt) {
}
