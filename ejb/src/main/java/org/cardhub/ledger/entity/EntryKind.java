package org.cardhub.ledger.entity;

public enum EntryKind {
    TOP_UP,
    PURCHASE,
    COMPLETION,
    REVERSAL,
    TRANSFER,
    CORRECTION,
    AUTO_TOP_UP,
    REISSUE,
    /** A bonus programme's points earned, spent, expired, taken back or given back (issue 25); moves no money. */
    BONUS_POINTS,
    /** Money leaving a contract for a bank card through the acquirer's payouts, and its settling with the acquirer (issue 25). */
    PAYOUT;

    /** Entries that spend a card's money and so count against its limits. */
    public boolean isSpending() {
        return this == PURCHASE || this == COMPLETION;
    }
}
