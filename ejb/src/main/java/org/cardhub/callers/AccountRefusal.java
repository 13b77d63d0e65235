package org.cardhub.callers;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** The identity provider refused a person's account or password; nothing is kept of it. */
public class AccountRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** An account signs in with this login already. */
        LOGIN_TAKEN,
        /** The password breaks the realm's policy, or repeats one of the last passwords. */
        PASSWORD_REJECTED;

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    public AccountRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
