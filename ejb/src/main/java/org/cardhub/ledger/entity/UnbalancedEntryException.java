package org.cardhub.ledger.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A journal entry whose postings do not sum to zero in every currency cannot be written. */
public class UnbalancedEntryException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        ENTRY_UNBALANCED;

        @Override
        public Kind kind() {
            return Kind.GUARD;
        }
    }

    public UnbalancedEntryException(String message) {
        super(Code.ENTRY_UNBALANCED, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
