package org.cardhub.ledger.entity;

/**
 * A journal entry was booked, within the booking's transaction. Components above the ledger observe it synchronously
 * (the partners' webhooks write their outbox rows), so what they write commits or rolls back with the money, and the
 * ledger knows none of them. Observers run no query that would flush the caller's pending changes.
 */
public record EntryBooked(JournalEntry entry) {
}
