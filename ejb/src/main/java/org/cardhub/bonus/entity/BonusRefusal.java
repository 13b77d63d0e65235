package org.cardhub.bonus.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** What the points rules refuse, by a stable code; a refused operation changes nothing in the book. */
public class BonusRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** The programme's rules themselves are inconsistent (a negative rate, points pending past their lifetime). */
        RULES_INVALID(Kind.MALFORMED),
        /** A purchase without a purchase id or lines, a line without a category, a price not positive or not in roubles. */
        PURCHASE_INVALID(Kind.MALFORMED),
        /** Points asked for that are not positive or not in points. */
        POINTS_INVALID(Kind.MALFORMED),
        /** An operation dated before the book's last one: the book's time only moves forward. */
        DATE_IN_PAST(Kind.REFUSED),
        /** Points asked for beyond the share of the purchase points may pay (30 % by default). */
        OVER_MAX_SHARE(Kind.REFUSED),
        /** The purchase has earned its points already. */
        ALREADY_EARNED(Kind.REFUSED),
        /** Points have paid for the purchase already. */
        ALREADY_PAID(Kind.REFUSED),
        /** The purchase is returned already; it neither earns, nor is paid, nor is returned again. */
        ALREADY_RETURNED(Kind.REFUSED),
        /** No purchase of that id earned or was paid in this book. */
        PURCHASE_UNKNOWN(Kind.NOT_FOUND),
        /** No bonus programme is active, or more than one: its rules are not to be guessed. */
        PROGRAMME_MISSING(Kind.GUARD),
        /** A bonus card's barcode is not 13 digits or its EAN-13 check digit is wrong. */
        BARCODE_INVALID(Kind.MALFORMED),
        /** A birth date missing or in the future. */
        BIRTH_DATE_INVALID(Kind.MALFORMED),
        /** The programme issued no card of that barcode (or a till names a card no wallet registered). */
        CARD_UNKNOWN(Kind.REFUSED),
        /** The card is registered already, to this wallet or another. */
        CARD_TAKEN(Kind.REFUSED),
        /** Only adults register a bonus card: the holder is not 18 on the day. */
        NOT_ADULT(Kind.REFUSED),
        /** The caller has no wallet to register a card to or to show points of. */
        NO_WALLET(Kind.NOT_FOUND),
        /** A check that is not one: a purchase id, time or line missing or malformed. */
        CHECK_INVALID(Kind.MALFORMED),
        /** A check dated after the server's clock (beyond a few minutes of drift). */
        CHECK_IN_FUTURE(Kind.REFUSED),
        /** Another check was recorded under this purchase id: a repeat must be the same check. */
        PURCHASE_ID_REUSED(Kind.REFUSED),
        /** No check of that purchase id was recorded. */
        CHECK_UNKNOWN(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public BonusRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
