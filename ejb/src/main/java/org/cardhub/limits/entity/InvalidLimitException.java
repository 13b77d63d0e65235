package org.cardhub.limits.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A limit, restriction or limit template that cannot be set as asked; {@link #code()} is stable for clients. */
public class InvalidLimitException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A limit needs what it counts and over which period. */
        LIMIT_INCOMPLETE(Kind.MALFORMED),
        /** Zero or less: a card that must not spend is blocked, not limited to nothing. */
        LIMIT_NOT_POSITIVE(Kind.REFUSED),
        /** Litres given for a limit of money, or the other way round. */
        LIMIT_UNIT_MISMATCH(Kind.MALFORMED),
        /** A count of purchases is counted over a day, week or month, not per purchase. */
        COUNT_PER_PURCHASE(Kind.MALFORMED),
        /** Not a product category or fuel grade the catalog knows. */
        CATEGORY_UNKNOWN(Kind.REFUSED),
        /** A category the contract's programme does not sell (a buffet on a fuel card). */
        CATEGORY_NOT_ALLOWED(Kind.REFUSED),
        /** A limit of a card for products its restriction does not let it buy. */
        LIMIT_OUTSIDE_RESTRICTION(Kind.REFUSED),
        /** A time window with only one end. */
        WINDOW_INCOMPLETE(Kind.MALFORMED),
        /** A time window that ends before it starts, or when it starts. */
        WINDOW_ENDS_BEFORE_START(Kind.MALFORMED),
        STATION_FORMAT(Kind.MALFORMED),
        REGION_FORMAT(Kind.MALFORMED),
        /** A template with nothing to apply, or with two limits of the same kind and period. */
        TEMPLATE_INVALID(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    /** The category, station or region the refusal is about, or null. */
    private final String subject;
    /** The card (its masked number) of a group the refusal is about, or null. */
    private final String card;

    public InvalidLimitException(Code code, String message) {
        this(code, message, null);
    }

    public InvalidLimitException(Code code, String message, String subject) {
        this(code, message, subject, null);
    }

    private InvalidLimitException(Code code, String message, String subject, String card) {
        super(code, message);
        this.subject = subject;
        this.card = card;
    }

    /** The same refusal, said of one card among several (a group's). */
    public InvalidLimitException onCard(String panMasked) {
        return new InvalidLimitException(code(), "Card " + panMasked + ": " + getMessage(), subject, panMasked);
    }

    public String subject() {
        return subject;
    }

    public String card() {
        return card;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
