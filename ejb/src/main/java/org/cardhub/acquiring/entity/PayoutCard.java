package org.cardhub.acquiring.entity;

import java.util.regex.Pattern;

/**
 * The bank card a payout goes to: 16 to 19 digits that pass the Luhn check (spaces and dashes between groups are
 * dropped). Its full number travels to the acquirer only; Cardhub keeps and shows its mask, the first six and the
 * last four digits with stars between, and never prints the number ({@link #toString()} is the mask).
 */
public final class PayoutCard {

    private static final Pattern DIGITS = Pattern.compile("\\d{16,19}");

    private final String number;

    private PayoutCard(String number) {
        this.number = number;
    }

    public static PayoutCard of(String typed) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "").replace("-", "");
        if (!DIGITS.matcher(digits).matches() || !passesLuhn(digits)) {
            throw new PayoutRefusal(PayoutRefusal.Code.CARD_NUMBER_INVALID,
                    "A card number is 16 to 19 digits that pass the Luhn check");
        }
        return new PayoutCard(digits);
    }

    /** Every second digit from the right doubled (less 9 above 9); the sum is a multiple of ten. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The full number, for the acquirer's request only. */
    public String number() {
        return number;
    }

    public String masked() {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayoutCard card && card.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
