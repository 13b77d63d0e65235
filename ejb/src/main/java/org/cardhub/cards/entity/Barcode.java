package org.cardhub.cards.entity;

import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.BARCODE_CHECKSUM;
import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.BARCODE_FORMAT;

import java.util.regex.Pattern;

/**
 * The 13-digit EAN-13 number of a barcode card. The last digit is the check digit: digits in odd
 * positions weigh 1, in even positions 3, and the weighted sum of all 13 must end in 0.
 */
public record Barcode(String digits) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{13}");

    public Barcode {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw new InvalidCardIdentifierException(BARCODE_FORMAT, "A barcode is 13 digits: "
                    + (digits == null ? "null" : "'" + digits + "'"));
        }
        if (weightedSum(digits) % 10 != 0) {
            throw new InvalidCardIdentifierException(BARCODE_CHECKSUM,
                    "Barcode " + digits + " fails the EAN-13 check");
        }
    }

    public static Barcode of(String digits) {
        return new Barcode(digits);
    }

    /** A barcode for a card of Cardhub's own: prefix 2 (in-store numbering), 11-digit sequence, check digit. */
    public static Barcode generate(long sequence) {
        if (sequence < 0 || sequence > 99_999_999_999L) {
            throw new InvalidCardIdentifierException(BARCODE_FORMAT, "Sequence " + sequence + " does not fit 11 digits");
        }
        String payload = "2" + String.format("%011d", sequence);
        int check = (10 - weightedSum(payload + "0") % 10) % 10;
        return new Barcode(payload + check);
    }

    public static boolean isValid(String digits) {
        return digits != null && FORMAT.matcher(digits).matches() && weightedSum(digits) % 10 == 0;
    }

    @Override
    public String toString() {
        return digits;
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum;
    }
}
