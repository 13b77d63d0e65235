package org.cardhub.acquiring.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a card payment did not credit anything: the acquirer's cancellation reasons (as YooKassa names them in
 * {@code cancellation_details.reason}), and Cardhub's own for what the acquirer never says. Each has a sentence for the
 * payer, in Russian and English ({@code CancellationReasons*.properties} beside this class), for the pages and the
 * notices alike.
 */
public enum CancellationReason {
    INSUFFICIENT_FUNDS("insufficient_funds"),
    CARD_EXPIRED("card_expired"),
    GENERAL_DECLINE("general_decline"),
    /** The payer refused on the acquirer's page, or never confirmed in time. */
    EXPIRED_ON_CONFIRMATION("expired_on_confirmation"),
    PERMISSION_REVOKED("permission_revoked"),
    THREE_D_SECURE_FAILED("3d_secure_failed"),
    CALL_ISSUER("call_issuer"),
    FRAUD_SUSPECTED("fraud_suspected"),
    INVALID_CARD_NUMBER("invalid_card_number"),
    INVALID_CSC("invalid_csc"),
    ISSUER_UNAVAILABLE("issuer_unavailable"),
    PAYMENT_METHOD_LIMIT_EXCEEDED("payment_method_limit_exceeded"),
    PAYMENT_METHOD_RESTRICTED("payment_method_restricted"),
    COUNTRY_FORBIDDEN("country_forbidden"),
    INTERNAL_TIMEOUT("internal_timeout"),
    CANCELED_BY_MERCHANT("canceled_by_merchant"),
    /** A reason the acquirer gave that Cardhub does not know by name. */
    OTHER(null),
    /** Cardhub could not reach the acquirer to create the payment. */
    PROVIDER_UNAVAILABLE(null),
    /** The acquirer refused to create the payment (e.g. a saved card it no longer knows). */
    PROVIDER_REFUSED(null),
    /** The acquirer took the money, but the purse refused it (the card was closed meanwhile): a refund is due. */
    CREDIT_REFUSED(null),
    /** The pupil's card does not take top-ups now (closed, replaced, its contract suspended): nothing was charged. */
    PURSE_REFUSED(null),
    /** The parent removed the saved card an auto top-up charged. */
    SAVED_CARD_REMOVED(null);

    private static final String BUNDLE = "org.cardhub.acquiring.entity.CancellationReasons";

    private final String providerCode;

    CancellationReason(String providerCode) {
        this.providerCode = providerCode;
    }

    /** The reason the acquirer names; one it names that is not known here is {@link #OTHER}. */
    public static CancellationReason ofProvider(String code) {
        return Arrays.stream(values()).filter(reason -> reason.providerCode != null && reason.providerCode.equals(code))
                .findFirst().orElse(OTHER);
    }

    /** The acquirer's name of the reason; null for Cardhub's own. */
    public String providerCode() {
        return providerCode;
    }

    /** The sentence for the payer, in Russian unless English is asked for; never the code. */
    public String text(Locale locale) {
        return ReasonTexts.of(BUNDLE, this, locale);
    }

    public String russian() {
        return text(Locale.forLanguageTag("ru"));
    }
}
