package org.cardhub.ledger.entity;

/** A journal entry whose postings do not sum to zero in every currency cannot be written. */
public class UnbalancedEntryException extends IllegalStateException {

    public UnbalancedEntryException(String message) {
        super(message);
    }
}
