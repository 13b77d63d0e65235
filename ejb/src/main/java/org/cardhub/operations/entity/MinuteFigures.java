package org.cardhub.operations.entity;

import java.time.Instant;

/**
 * One minute of the operations page, every node's samples of it together: the counts added up; the latency, dead
 * letters, outbox lag and ledger problems the highest any node saw.
 */
public record MinuteFigures(Instant minute, TrafficReadings traffic, Latency latency, long deadLetters, long outboxLagSeconds,
                            long ledgerProblems) {
}
