package org.cardhub.wallets.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import static org.cardhub.refusal.Refusal.Kind.MALFORMED;
import static org.cardhub.refusal.Refusal.Kind.NOT_FOUND;
import static org.cardhub.refusal.Refusal.Kind.REFUSED;

/** What a wallet holder or the back office asked that the wallet's rules refuse; nothing is written. */
public class WalletRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        FIRST_NAME_INVALID(MALFORMED),
        LAST_NAME_INVALID(MALFORMED),
        MIDDLE_NAME_INVALID(MALFORMED),
        /** Shorter than 7 characters, or without a digit, a capital or a small letter. */
        PASSWORD_WEAK(MALFORMED),
        /** The identity provider refused the password: one of the last ones, or against another of its rules. */
        PASSWORD_REJECTED(REFUSED),
        /** The code sent to the phone was not accepted (wrong, expired, used, blocked, never sent). */
        CODE_NOT_ACCEPTED(REFUSED),
        /** A wallet is open on this phone already. */
        PHONE_TAKEN(REFUSED),
        /** No open wallet has this phone. */
        NO_WALLET(NOT_FOUND),
        WALLET_CLOSED(REFUSED),
        BIRTH_DATE_INVALID(MALFORMED),
        PASSPORT_INVALID(MALFORMED),
        IDENTIFICATION_WAITING(REFUSED),
        ALREADY_IDENTIFIED(REFUSED),
        REASON_REQUIRED(MALFORMED),
        ALREADY_DECIDED(REFUSED),
        /** No such waiting request, as far as the caller may know. */
        IDENTIFICATION_NOT_FOUND(NOT_FOUND),
        AMOUNT_INVALID(MALFORMED),
        /** No open wallet on this phone, or no live school card of that number. */
        RECEIVER_NOT_FOUND(NOT_FOUND),
        /** The receiver is the sender's own wallet. */
        SELF_TRANSFER(REFUSED),
        /** A school card number is 8 digits. */
        CARD_NUMBER_INVALID(MALFORMED),
        /** Neither virtual nor plastic was chosen. */
        CARD_FORM_MISSING(MALFORMED),
        /** The wallet has its three cards. */
        CARD_LIMIT(REFUSED),
        /** Not one of the holder's own cards. */
        CARD_NOT_FOUND(NOT_FOUND),
        /** Money remains and no bank card to pay it out to was given. */
        BALANCE_REMAINS(REFUSED),
        /** The bank did not pay the money out to the card (it is back on the wallet); a closure leaves the wallet open. */
        PAYOUT_FAILED(REFUSED),
        /** An auto-payment's schedule is weekly on a day 1–7 or monthly on a day 1–28. */
        SCHEDULE_INVALID(MALFORMED),
        /** An auto-payment is at most 3 000 ₽. */
        AUTO_PAYMENT_TOO_LARGE(MALFORMED),
        /** The wallet has its five auto-payments. */
        AUTO_PAYMENT_LIMIT(REFUSED),
        /** Not one of the holder's own auto-payments. */
        AUTO_PAYMENT_NOT_FOUND(NOT_FOUND),
        /** What is to be paid out to a card is more than the wallet has available (its balance less what is reserved). */
        BALANCE_TOO_LOW(REFUSED),
        /** A withdrawal's request key is not the UUID its page made. */
        REQUEST_INVALID(MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public WalletRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
