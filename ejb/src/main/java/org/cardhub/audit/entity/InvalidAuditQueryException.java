package org.cardhub.audit.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A search of the audit trail that makes no sense as asked; nothing is read. */
public class InvalidAuditQueryException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        PERIOD_REVERSED,
        /** A subject's id alone is no search: the trail is kept by the subject's type and id together. */
        SUBJECT_TYPE_REQUIRED,
        TEXT_TOO_LONG;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    public InvalidAuditQueryException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
