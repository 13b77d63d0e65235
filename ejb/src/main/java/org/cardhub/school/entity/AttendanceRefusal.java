package org.cardhub.school.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A period of attendance asked for that cannot be read: nothing is read. */
public class AttendanceRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The period ends before it starts. */
        PERIOD_REVERSED,
        /** The period is longer than one read covers. */
        PERIOD_TOO_LONG;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    public AttendanceRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
