package org.cardhub.acquiring.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a payout to a bank card did not reach it: the acquirer's reasons (as YooKassa names them in a payout's
 * {@code cancellation_details.reason}) and Cardhub's own for what the acquirer never says. Each has a sentence for the
 * wallet's holder, in Russian and English ({@code PayoutCancellations*.properties} beside this class).
 */
public enum PayoutCancellation {
    /** The acquirer's balance for payouts (Cardhub's, not the holder's) does not cover it. */
    INSUFFICIENT_FUNDS("insufficient_funds"),
    /** The acquirer suspects fraud. */
    FRAUD_SUSPECTED("fraud_suspected"),
    /** More than one payout to a card may be. */
    ONE_TIME_LIMIT_EXCEEDED("one_time_limit_exceeded"),
    /** The card's payouts of the day or month are used up. */
    PERIODIC_LIMIT_EXCEEDED("periodic_limit_exceeded"),
    /** Declined with no reason given (by the card's bank, as a rule). */
    GENERAL_DECLINE("general_decline"),
    /** A reason the acquirer gave that Cardhub does not know by name. */
    OTHER(null),
    /** The acquirer refused the request itself (an error answer): it paid nothing. */
    PROVIDER_REFUSED(null);

    private static final String BUNDLE = "org.cardhub.acquiring.entity.PayoutCancellations";

    private final String providerCode;

    PayoutCancellation(String providerCode) {
        this.providerCode = providerCode;
    }

    /** The reason the acquirer names; one it names that is not known here is {@link #OTHER}. */
    public static PayoutCancellation ofProvider(String code) {
        return Arrays.stream(values()).filter(reason -> reason.providerCode != null && reason.providerCode.equals(code))
                .findFirst().orElse(OTHER);
    }

    /** The acquirer's name of the reason; null for Cardhub's own. */
    public String providerCode() {
        return providerCode;
    }

    /** The sentence for the holder, in Russian unless English is asked for; never the code. */
    public String text(Locale locale) {
        return ReasonTexts.of(BUNDLE, this, locale);
    }

    public String russian() {
        return text(Locale.forLanguageTag("ru"));
    }
}
