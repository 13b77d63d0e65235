package org.cardhub.organizations.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A change of a company's users that its rules do not allow; {@link #code()} is stable for clients and pages. */
public class MembershipRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        EMAIL_FORMAT(Kind.MALFORMED),
        FIRST_NAME_FORMAT(Kind.MALFORMED),
        LAST_NAME_FORMAT(Kind.MALFORMED),
        /** Limited to groups, but no group chosen. */
        GROUPS_REQUIRED(Kind.MALFORMED),
        /** A group that is not one of the company's contracts'. */
        GROUP_UNKNOWN(Kind.REFUSED),
        /** Whoever manages the users may give themselves any card, so only someone who sees all cards may. */
        MANAGER_SEES_ALL_CARDS(Kind.REFUSED),
        /** Nobody gives a right they do not hold themselves. */
        RIGHT_NOT_YOURS(Kind.REFUSED),
        ALREADY_MEMBER(Kind.REFUSED),
        /** The address has a Cardhub account already in use: another company's, or another cabinet's. */
        EMAIL_TAKEN(Kind.REFUSED),
        /** The company would be left without anyone who manages its users. */
        LAST_ADMINISTRATOR(Kind.REFUSED),
        NOT_A_MEMBER(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public MembershipRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
