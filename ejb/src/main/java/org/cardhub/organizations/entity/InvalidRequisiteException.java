package org.cardhub.organizations.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A requisite the registries would reject, or a set of requisites that does not fit the organisation
 * form. {@link #code()} is stable; the message is for logs and developers.
 */
public class InvalidRequisiteException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Missing, blank, or not made of digits. */
        INN_FORMAT(Kind.MALFORMED),
        /** Digits, but neither 10 nor 12 of them. */
        INN_LENGTH(Kind.MALFORMED),
        INN_CHECKSUM(Kind.MALFORMED),
        KPP_FORMAT(Kind.MALFORMED),
        OGRN_FORMAT(Kind.MALFORMED),
        OGRN_CHECKSUM(Kind.MALFORMED),
        OGRNIP_FORMAT(Kind.MALFORMED),
        OGRNIP_CHECKSUM(Kind.MALFORMED),
        BIK_FORMAT(Kind.MALFORMED),
        ACCOUNT_FORMAT(Kind.MALFORMED),
        ACCOUNT_KEY(Kind.MALFORMED),
        /** The requisites given do not match what the organisation form requires. */
        FORM_REQUISITES(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidRequisiteException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
