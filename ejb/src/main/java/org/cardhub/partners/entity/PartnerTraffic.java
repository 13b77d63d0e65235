package org.cardhub.partners.entity;

/**
 * The name under which the partner systems' requests on the machine paths (REST, SOAP, the payment-agent protocol) are
 * counted in the application's metric registry, by channel and HTTP status: the web module's gate counts them, the
 * operations component reads them back for its minute samples. No partner, card or account is ever a tag.
 */
public final class PartnerTraffic {

    /** Counter: every partner request answered, tagged {@link #CHANNEL} and {@link #CODE}. */
    public static final String REQUESTS = "cardhub_partner_requests";

    /** {@code rest}, {@code soap} or {@code agent}. */
    public static final String CHANNEL = "channel";
    /** The HTTP status answered, e.g. {@code 200}, {@code 429}. */
    public static final String CODE = "code";

    private PartnerTraffic() {
    }
}
