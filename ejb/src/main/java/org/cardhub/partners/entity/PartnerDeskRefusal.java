package org.cardhub.partners.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** What the back office asked of a partner cannot be done; nothing changed, in Cardhub or in Keycloak. */
public class PartnerDeskRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** No partner of that client id. */
        UNKNOWN_PARTNER(Kind.NOT_FOUND),
        /** The partner is ours, but Keycloak has no client of its id. */
        NO_KEYCLOAK_CLIENT(Kind.NOT_FOUND),
        /** Keycloak did not answer, or refused (the service account lacks manage-clients). */
        KEYCLOAK_FAILED(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public PartnerDeskRefusal(Code code, String message) {
        super(code, message);
    }

    public PartnerDeskRefusal(Code code, String message, Throwable cause) {
        super(code, message);
        initCause(cause);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
