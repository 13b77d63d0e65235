package org.cardhub.wallet.open;

import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.entity.PhoneNumber;

/** A phone and a card number as the public wallet pages show them: {@code +7 900 123-45-67}, {@code 2200 0000 1234 5678}. */
final class WalletWords {

    private static final int GROUP = 4;

    private WalletWords() {
    }

    /** The phone as typed, in its one written form; as typed if it is no mobile number (the boundary then says so). */
    static String phone(String typed) {
        try {
            String value = PhoneNumber.parse(typed).value();
            return "+7 " + value.substring(2, 5) + " " + value.substring(5, 8) + "-" + value.substring(8, 10) + "-"
                    + value.substring(10);
        } catch (Refusal malformed) {
            return typed == null ? "" : typed.strip();
        }
    }

    /** The digits in groups of four, blanks between. */
    static String cardNumber(String digits) {
        if (digits == null) {
            return "";
        }
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / GROUP);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
