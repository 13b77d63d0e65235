package org.cardhub.webhooks.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A webhook endpoint or delivery request the rules refuse; {@link #code()} is stable for clients. */
public class InvalidWebhookException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** Not an absolute URL with a host, or longer than {@link WebhookUrl#MAX_LENGTH}, or with user info or a fragment. */
        URL_FORMAT(Kind.MALFORMED),
        /** Plain http to anything but this machine, or to this machine where the installation does not allow it. */
        URL_NOT_HTTPS(Kind.MALFORMED),
        EVENTS_REQUIRED(Kind.MALFORMED),
        EVENT_UNKNOWN(Kind.MALFORMED),
        /** The caller is a partner client without a partner's record (rate, name): nothing of it is registered yet. */
        PARTNER_UNKNOWN(Kind.REFUSED),
        /** A partner has at most {@link WebhookEndpoint#MAX_PER_PARTNER} endpoints. */
        TOO_MANY_ENDPOINTS(Kind.REFUSED),
        ENDPOINT_UNKNOWN(Kind.NOT_FOUND),
        /** A page starts at 0 or later and holds 1 to 500 items. */
        PAGE_RANGE(Kind.MALFORMED),
        DELIVERY_UNKNOWN(Kind.NOT_FOUND),
        /** Only a dead delivery is re-driven; a pending one is on its way, a delivered one arrived. */
        NOT_DEAD(Kind.REFUSED),
        /** A removed endpoint's deliveries are not re-driven: the partner no longer listens there. */
        ENDPOINT_REMOVED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidWebhookException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
