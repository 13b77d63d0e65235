package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.BARCODE_INVALID;

/**
 * A bonus card's barcode: thirteen digits of EAN-13, the last the check digit of the twelve before it (weights 1 and
 * 3 alternating from the left, the check digit bringing the sum to a multiple of ten). Blanks a person types between
 * the groups are dropped.
 */
public record BonusCardBarcode(String digits) {

    public static final int LENGTH = 13;

    public BonusCardBarcode {
        if (digits == null || !digits.matches("\\d{" + LENGTH + "}")) {
            throw new BonusRefusal(BARCODE_INVALID, "A bonus card's barcode is 13 digits");
        }
        if (checkDigit(digits.substring(0, LENGTH - 1)) != digits.charAt(LENGTH - 1) - '0') {
            throw new BonusRefusal(BARCODE_INVALID, "The barcode's check digit is wrong: " + digits);
        }
    }

    /** The barcode a person or a till typed, blanks and dashes between its groups dropped. */
    public static BonusCardBarcode parse(String typed) {
        return new BonusCardBarcode(typed == null ? null : typed.replaceAll("[\\s-]", ""));
    }

    /** The EAN-13 check digit of twelve digits. */
    public static int checkDigit(String twelve) {
        if (twelve == null || !twelve.matches("\\d{12}")) {
            throw new BonusRefusal(BARCODE_INVALID, "A check digit is computed of 12 digits");
        }
        int sum = 0;
        for (int i = 0; i < twelve.length(); i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return digits;
    }
}
