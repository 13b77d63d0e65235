package org.cardhub.organizations.entity;

/**
 * A requisite the registries would reject, or a set of requisites that does not fit the organisation
 * form. {@link #code()} is stable; the message is for logs and developers.
 */
public class InvalidRequisiteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Code {
        /** Missing, blank, or not made of digits. */
        INN_FORMAT,
        /** Digits, but neither 10 nor 12 of them. */
        INN_LENGTH,
        INN_CHECKSUM,
        KPP_FORMAT,
        OGRN_FORMAT,
        OGRN_CHECKSUM,
        OGRNIP_FORMAT,
        OGRNIP_CHECKSUM,
        BIK_FORMAT,
        ACCOUNT_FORMAT,
        ACCOUNT_KEY,
        /** The requisites given do not match what the organisation form requires. */
        FORM_REQUISITES
    }

    private final Code code;

    public InvalidRequisiteException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
