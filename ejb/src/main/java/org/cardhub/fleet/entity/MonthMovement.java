package org.cardhub.fleet.entity;

import org.cardhub.ledger.entity.EntryKind;

import java.time.Instant;

/**
 * One journal entry of a contract's locked month as its closing documents see it: what it moved on the contract's own
 * rouble accounts ({@code netMinor}, the sum of its postings there: negative for money out, positive for money in) and
 * what it was about. The card, holder and vehicle are those of the contract's own cards only: an entry another
 * contract made (a transfer from it) shows no card. {@code discountMinor} is what a tariff took off the station's price.
 *
 * @param reversedKind the kind of the entry a reversal takes back, or null for any other entry
 * @param amountMinor  the operation's own amount (what was paid), never negative
 * @param volumeMilli  the litres it was about, never negative
 */
public record MonthMovement(long entryId, Instant bookedAt, EntryKind kind, EntryKind reversedKind, String panMasked,
                            String holder, String station, String product, long volumeMilli, long amountMinor,
                            long discountMinor, long netMinor) {

    /** The kind of what it did: a reversal does what the entry it takes back did, the other way round. */
    public EntryKind effectKind() {
        return kind == EntryKind.REVERSAL && reversedKind != null ? reversedKind : kind;
    }

    public boolean isReversal() {
        return kind == EntryKind.REVERSAL;
    }

    /** A sale to the company: a purchase, a completed fill-up, or (taking one back) their reversal. */
    public boolean isSale() {
        return effectKind().isSpending();
    }

    /** Litres sold by it: negative for a reversal of a sale, zero for what is no sale. */
    public long soldMillilitres() {
        return !isSale() ? 0 : isReversal() ? -volumeMilli : volumeMilli;
    }

    /** Whether it changed the contract's money at all (a move between the contract's account and its cards did not). */
    public boolean movedMoney() {
        return netMinor != 0;
    }

    /** Adds the postings of rows of the same entry (one row per posting) read one after another. */
    public MonthMovement merge(MonthMovement samePostings) {
        if (samePostings.entryId != entryId) {
            throw new IllegalArgumentException("Entry " + samePostings.entryId + " is not entry " + entryId);
        }
        return new MonthMovement(entryId, bookedAt, kind, reversedKind, panMasked, holder, station, product, volumeMilli,
                amountMinor, discountMinor, netMinor + samePostings.netMinor);
    }
}
