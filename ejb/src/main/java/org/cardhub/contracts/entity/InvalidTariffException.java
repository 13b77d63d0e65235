package org.cardhub.contracts.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A tariff choice or a discount change that breaks a rule; {@link #code()} is stable, so a page can say in the
 * reader's language which field is wrong and why. Nothing is written when it is thrown.
 */
public class InvalidTariffException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        TARIFF_UNKNOWN(Kind.NOT_FOUND),
        DISCOUNT_UNKNOWN(Kind.NOT_FOUND),
        /** The family has options (Transit: Optimal, Optimal+) and none was chosen. */
        OPTION_REQUIRED(Kind.REFUSED),
        /** An option the family does not have, or one given to a family without options. */
        OPTION_NOT_OFFERED(Kind.REFUSED),
        /** Not as many different stations as the tariff has a client choose (Regional+: three). */
        STATIONS_REQUIRED(Kind.REFUSED),
        DISCOUNT_RANGE(Kind.MALFORMED),
        PRODUCT_FORMAT(Kind.MALFORMED),
        REGION_FORMAT(Kind.MALFORMED),
        /** A discount is for one product, one category of products, or all of them. */
        PRODUCT_AND_CATEGORY(Kind.MALFORMED),
        /** A discount is for one region, the contract's chosen stations, or everywhere. */
        REGION_AND_STATIONS(Kind.MALFORMED),
        /** A discount at the chosen stations of a tariff whose clients choose none. */
        NO_CHOSEN_STATIONS(Kind.REFUSED),
        START_REQUIRED(Kind.MALFORMED),
        /** The past is booked: a discount starts today or later. */
        START_IN_PAST(Kind.REFUSED),
        END_REQUIRED(Kind.MALFORMED),
        END_IN_PAST(Kind.REFUSED),
        END_BEFORE_START(Kind.REFUSED),
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

    public InvalidTariffException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
