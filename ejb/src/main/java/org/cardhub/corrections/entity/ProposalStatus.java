package org.cardhub.corrections.entity;

/** Where a proposal stands: waiting for a second person, or decided — posted, declined by the books, or rejected. */
public enum ProposalStatus {
    PENDING,
    /** The money moved: {@link Proposal#entryId()} is its journal entry. */
    POSTED,
    /** Approved, but the money operation was declined (the purse cannot cover a debit, the operation was reversed already). */
    DECLINED,
    REJECTED;

    public boolean isDecided() {
        return this != PENDING;
    }
}
