package org.cardhub.contracts.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A change of a wallet identification level's caps that breaks a rule: {@link #code()} says what is wrong and
 * {@link #cap()} which of the two caps, so a page says it at that input. Nothing is written when it is thrown.
 */
public class InvalidWalletLevelException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** No level of that tier. */
        LEVEL_UNKNOWN(Kind.NOT_FOUND),
        CAP_REQUIRED(Kind.MALFORMED),
        /** A cap is an amount of roubles and kopecks, not litres or points. */
        CAP_NOT_ROUBLES(Kind.MALFORMED),
        /** A cap of zero or less would let a wallet hold or spend nothing. */
        CAP_NOT_POSITIVE(Kind.MALFORMED),
        /** Above {@link WalletLevel#HIGHEST_CAP}: a slip of the keyboard, not a cap. */
        CAP_TOO_LARGE(Kind.MALFORMED),
        /** The identified level would allow less than the non-identified one. */
        IDENTIFIED_BELOW_NON_IDENTIFIED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    /** Which cap a refusal is about. */
    public enum Cap { BALANCE, MONTHLY_TURNOVER }

    private final Cap cap;

    public InvalidWalletLevelException(Code code, Cap cap, String message) {
        super(code, message);
        this.cap = cap;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** The cap the refusal is about; null when it is about the level itself. */
    public Cap cap() {
        return cap;
    }
}
