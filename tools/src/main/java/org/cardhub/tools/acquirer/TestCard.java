package org.cardhub.tools.acquirer;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cards the checkout page accepts and what the issuer answers for each; any future expiry and any CVC will do,
 * a past expiry is declined as {@code card_expired}. Other numbers are refused by the form itself.
 */
enum TestCard {
    MASTERCARD_PAYS("5555 5555 5555 4477", null, "оплата проходит"),
    VISA_PAYS("4111 1111 1111 1111", null, "оплата проходит"),
    INSUFFICIENT_FUNDS("5555 5555 5555 4592", "insufficient_funds", "отказ: недостаточно средств"),
    DECLINED("4000 0000 0000 0002", "general_decline", "отказ банка без объяснения причин");

    static final String CARD_EXPIRED = "card_expired";

    private final String number;
    private final String declineReason;
    private final String outcome;

    TestCard(String number, String declineReason, String outcome) {
        this.number = number;
        this.declineReason = declineReason;
        this.outcome = outcome;
    }

    static Optional<TestCard> numbered(String digits) {
        return Arrays.stream(values()).filter(card -> card.digits().equals(digits)).findFirst();
    }

    /** The issuer's reason to decline this card expiring {@code expiry} in {@code month}; null when it pays. */
    String declineReason(YearMonth expiry, YearMonth month) {
        return expiry.isBefore(month) ? CARD_EXPIRED : declineReason;
    }

    /** As printed on the card, in groups of four. */
    String number() {
        return number;
    }

    String digits() {
        return number.replace(" ", "");
    }

    /** What happens with it, in Russian, for the page's list of test cards. */
    String outcome() {
        return outcome;
    }
}
