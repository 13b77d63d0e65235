package org.cardhub.callers;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * The caller may not reach this object. Said the same way whether it exists or not, so nobody learns
 * about other clients' contracts and cards by probing.
 */
public class AccessDeniedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        NOT_FOUND;

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }
    }

    public AccessDeniedException(String what, Object id) {
        super(Code.NOT_FOUND, "No " + what + " " + id + " for this caller");
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
