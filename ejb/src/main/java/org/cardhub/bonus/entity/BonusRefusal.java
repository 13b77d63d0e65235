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
        PURCHASE_UNKNOWN(Kind.NOT_FOUND);

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
