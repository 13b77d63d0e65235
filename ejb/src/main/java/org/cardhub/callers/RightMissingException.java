package org.cardhub.callers;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A company's person may see the card or contract but was not given the right to change it this way
 * (a fleet manager who may look at the cards of a group but not block them).
 */
public class RightMissingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        RIGHT_MISSING;

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    private final CompanyRight right;

    public RightMissingException(CompanyRight right) {
        super(Code.RIGHT_MISSING, "The company has not given this user the right " + right);
        this.right = right;
    }

    public CompanyRight right() {
        return right;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
