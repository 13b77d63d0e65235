package org.cardhub.school.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A linking request that is malformed in itself; nothing is written and no attempt is counted. A wrong code or a
 * locked number are not refusals but {@link LinkResult}s: their count has to be kept.
 */
public class LinkRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Blank, too long, or characters no activation code has. */
        ACTIVATION_CODE_FORMAT,
        /** The back office lifts a lock only with a reason. */
        REASON_REQUIRED;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    public LinkRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
