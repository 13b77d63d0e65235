package org.cardhub.refusal;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * A request Cardhub refuses: it carries a stable {@link #code()}, which says what {@link Kind} of refusal it is,
 * and a message for logs and developers. It reaches the caller of a boundary as itself and rolls the work back;
 * each adapter turns it into its own answer once, by kind (see {@code Problems}, {@code CardhubFault},
 * {@code AgentPayments} and the back-office pages' {@code Refusals}).
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal a code is; adapters answer by kind, so a new code needs nothing but its kind. */
    public enum Kind {
        /** The request is malformed in itself: a format, a checksum, a range, a missing field (HTTP 400). */
        MALFORMED,
        /** A well-formed request the rules refuse: a state that does not allow it, a conflict (HTTP 422). */
        REFUSED,
        /** Nothing of that id for this caller, whether it does not exist or is not theirs (HTTP 404). */
        NOT_FOUND,
        /**
         * A guard of the books fired (an overdraft, an unbalanced entry, a closed month): the work is rolled back
         * and the adapters answer it as a technical failure (HTTP 500, SOAP {@code UNAVAILABLE}, agent result 1).
         */
        GUARD
    }

    private final RefusalCode code;

    protected Refusal(RefusalCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public RefusalCode code() {
        return code;
    }
}
