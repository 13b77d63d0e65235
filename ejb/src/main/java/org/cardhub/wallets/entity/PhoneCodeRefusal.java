package org.cardhub.wallets.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** Malformed input to the phone codes, by a stable code the pages name in words; nothing is written or counted. */
public class PhoneCodeRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The phone is missing or not a Russian mobile number (+7 9XX XXX-XX-XX, or 8 9XX …). */
        PHONE_INVALID(Kind.MALFORMED),
        /** The code typed is not four digits. */
        CODE_FORMAT(Kind.MALFORMED),
        /** No purpose was named for the code. */
        PURPOSE_MISSING(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public PhoneCodeRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
