package org.cardhub.lessons.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** What the centre's and the parents' lesson work refuses, by a stable code the pages name in words; nothing is written. */
public class LessonRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Attendance or a purchase for a pupil who is not in the group. */
        NOT_ENROLLED(Kind.REFUSED),
        /** The pupil is in the group already. */
        ALREADY_ENROLLED(Kind.REFUSED),
        /** The group does not meet on that day (or the course is not running then). */
        NO_LESSON_THAT_DAY(Kind.REFUSED),
        /** Attendance for a day still to come. */
        LESSON_IN_FUTURE(Kind.REFUSED),
        /** The balance does not cover the payment. */
        BALANCE_TOO_LOW(Kind.REFUSED),
        /** The offer is not of this group, or the group is not sold by subscription. */
        NOT_OFFERED(Kind.REFUSED),
        /** An offer with the same lessons and days exists. */
        OFFER_EXISTS(Kind.REFUSED),
        /** A group of that name exists at the centre. */
        GROUP_NAME_TAKEN(Kind.REFUSED),
        /** A pupil's name is missing or too long. */
        PUPIL_NAME_INVALID(Kind.MALFORMED),
        /** The parent's e-mail is missing or malformed. */
        PARENT_EMAIL_INVALID(Kind.MALFORMED),
        /** Lessons in debt with a price wait, and the balance covers none of them. */
        DEBTS_NOT_COVERED(Kind.REFUSED),
        /** A payment of zero or less, or more than is due. */
        PAYMENT_INVALID(Kind.MALFORMED),
        /** The caller acts for no education centre. */
        NO_CENTRE(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public LessonRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
