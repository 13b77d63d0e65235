package org.cardhub.notifications.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * Notification settings that cannot be saved: a malformed address or threshold, or a channel chosen without its address.
 * Nothing is written. {@link #field()} names what it is about as {@link NoticeSettings} names fields.
 */
public class InvalidNoticeSettingsException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        EMAIL_INVALID,
        EMAIL_REQUIRED,
        PHONE_INVALID,
        PHONE_REQUIRED,
        PUSH_TOKEN_INVALID,
        THRESHOLD_FORMAT,
        THRESHOLD_SCALE,
        THRESHOLD_NEGATIVE,
        THRESHOLD_TOO_LARGE;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    private final String field;

    public InvalidNoticeSettingsException(SettingsProblem problem) {
        super(problem.code(), problem.code() + " at " + problem.field());
        this.field = problem.field();
    }

    public String field() {
        return field;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
