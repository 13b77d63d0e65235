package org.cardhub.schooloffice.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A dashboard asked for a period it cannot show; the page says which and shows nothing of it. */
public class InvalidDashboardRequestException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The period ends before it starts. */
        PERIOD_REVERSED,
        /** The period starts after the school's today: there is nothing to show yet. */
        PERIOD_IN_FUTURE,
        /** More than {@link DashboardPeriod#LONGEST_DAYS} days. */
        PERIOD_TOO_LONG;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    public InvalidDashboardRequestException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
