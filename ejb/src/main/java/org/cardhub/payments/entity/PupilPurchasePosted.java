package org.cardhub.payments.entity;

/**
 * A purchase by a pupil's card was posted as journal entry {@code entryId}, within the purchase's transaction;
 * {@code subject} and {@code body} are what the pupil's guardians are told of it. Components above the money
 * operations observe it synchronously (the notifications write their outbox rows), so what they write commits or
 * rolls back with the money, and the money operations know none of them.
 */
public record PupilPurchasePosted(long cardId, long entryId, String subject, String body) {
}
