package org.cardhub.schooloffice.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A change of a school's classes that is refused; nothing is written. */
public class ClassRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Not a grade 1–11 and a Cyrillic letter. */
        NAME_FORMAT(Kind.MALFORMED),
        /** The school has a class of that name. */
        EXISTS(Kind.REFUSED),
        /** The class teacher chosen is not a teacher of the school. */
        NOT_A_TEACHER(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public ClassRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
