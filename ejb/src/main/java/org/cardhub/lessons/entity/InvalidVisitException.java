package org.cardhub.lessons.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** Attendance the lesson book refuses; nothing is changed. {@link #lessonId()} names the lesson. */
public class InvalidVisitException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The pupil's visit to that lesson is marked already. */
        ALREADY_MARKED(Kind.REFUSED),
        /** A cancellation of a visit that is not marked. */
        NOT_MARKED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final long lessonId;

    public InvalidVisitException(Code code, long lessonId, String message) {
        super(code, message);
        this.lessonId = lessonId;
    }

    public long lessonId() {
        return lessonId;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
