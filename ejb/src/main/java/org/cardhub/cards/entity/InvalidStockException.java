package org.cardhub.cards.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A batch of blank cards, or a use of one, the stock's rules refuse; {@link #code()} is stable for clients. */
public class InvalidStockException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A card number of the range is not 16 digits. */
        NUMBER_FORMAT(Kind.MALFORMED),
        /** A card number of the range fails the Luhn check (a typing error). */
        NUMBER_CHECKSUM(Kind.MALFORMED),
        /** The numbers are not of a BIN the operator holds stock of. */
        BIN_UNKNOWN(Kind.REFUSED),
        /** The first and the last number are of different BINs. */
        BIN_MISMATCH(Kind.MALFORMED),
        /** The last number comes before the first. */
        RANGE_ORDER(Kind.MALFORMED),
        /** More numbers than one batch may hold. */
        RANGE_TOO_LARGE(Kind.MALFORMED),
        /** Below the stock's numbers, where generated numbers (virtual cards, reissues) live. */
        RANGE_OUTSIDE_STOCK(Kind.REFUSED),
        /** Some of the numbers belong to another batch already. */
        RANGE_OVERLAP(Kind.REFUSED),
        /** No date, or a date still to come. */
        RECEIVED_DATE(Kind.MALFORMED),
        /** The batch has fewer numbers left than the order needs. */
        NOT_ENOUGH_NUMBERS(Kind.REFUSED),
        BATCH_UNKNOWN(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidStockException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
