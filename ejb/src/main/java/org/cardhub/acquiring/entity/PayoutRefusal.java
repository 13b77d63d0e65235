package org.cardhub.acquiring.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A payout to a bank card Cardhub refuses before anything is written or sent, by a stable code the pages name in words. */
public class PayoutRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The idempotence key is missing, longer than 64 characters, or has other characters than letters, digits and {@code .:_-}. */
        KEY_INVALID(Kind.MALFORMED),
        /** Not 16 to 19 digits, or the digits fail the Luhn check. */
        CARD_NUMBER_INVALID(Kind.MALFORMED),
        /** Zero or less, or not in roubles. */
        AMOUNT_INVALID(Kind.MALFORMED),
        /** The description is longer than the acquirer takes (128 characters). */
        DESCRIPTION_TOO_LONG(Kind.MALFORMED),
        /** The contract has no rouble main account to pay out from. */
        NO_ACCOUNT(Kind.NOT_FOUND),
        /** The account's available money does not cover the payout. */
        BALANCE_TOO_LOW(Kind.REFUSED),
        /** The key was used for another payout (another contract, amount or card). */
        KEY_REUSED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public PayoutRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
