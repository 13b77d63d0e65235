package org.cardhub.lessons.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A group's pricing, a subscription offer, a purchase or a payment its rules refuse; nothing is changed. */
public class InvalidSubscriptionException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** An offer of zero (or fewer) lessons. */
        LESSONS_NOT_POSITIVE(Kind.MALFORMED),
        /** An offer valid for zero (or fewer) days. */
        DAYS_NOT_POSITIVE(Kind.MALFORMED),
        /** A price of zero or below: a subscription, a lesson or a course is never free or negative here. */
        PRICE_NOT_POSITIVE(Kind.MALFORMED),
        /** A price or a payment in anything but roubles. */
        NOT_ROUBLES(Kind.MALFORMED),
        /** A group priced by subscriptions with no offer to buy. */
        NO_OFFERS(Kind.MALFORMED),
        /** A payment of zero or below. */
        PAYMENT_NOT_POSITIVE(Kind.MALFORMED),
        /** A payment beyond what is still due. */
        OVERPAID(Kind.REFUSED),
        /** A subscription of that id is in the book already. */
        ALREADY_BOUGHT(Kind.REFUSED),
        /** No subscription of that id in the pupil's book for the group. */
        UNKNOWN(Kind.NOT_FOUND),
        /** Its last day passed before the purchase: it could never be used. */
        ALREADY_ENDED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidSubscriptionException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
