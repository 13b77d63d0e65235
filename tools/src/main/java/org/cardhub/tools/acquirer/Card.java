package org.cardhub.tools.acquirer;

import java.time.YearMonth;

/** The part of a bank card an acquirer may show: first six and last four digits, expiry, scheme. */
record Card(String first6, String last4, YearMonth expiry, String cardType) {

    /** The card of {@code digits} (13–19 of them), its scheme told by the first digit. */
    static Card of(String digits, YearMonth expiry) {
        String type = switch (digits.charAt(0)) {
            case '4' -> "Visa";
            case '5' -> "MasterCard";
            case '2' -> "Mir";
            default -> "Unknown";
        };
        return new Card(digits.substring(0, 6), digits.substring(digits.length() - 4), expiry, type);
    }

    /** How YooKassa titles a card payment method. */
    String title() {
        return "Bank card *" + last4;
    }
}
