package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;

/**
 * A booked entry changed the purse of a card, within the booking's transaction: by {@code change} (negative for a
 * debit), leaving {@code balance} on it and {@code available} to spend (balance less holds, plus credit). Components
 * above the ledger observe it synchronously (the low-balance alerts), so what they write commits or rolls back with the
 * money, and the ledger knows none of them.
 */
public record CardPurseChanged(long entryId, EntryKind kind, long accountId, long cardId, AccountPurpose purpose,
                               Amount change, Amount balance, Amount available) {

    public boolean isDebit() {
        return change.isNegative();
    }
}
