package org.cardhub.tools.simulator;

/** The ways the simulator spoils a message on purpose, to see the server answer instead of dropping it. */
enum Malformation {
    /** The text is not JSON at all (correctly signed). */
    NOT_JSON,
    /** JSON without {@code eventId} (correctly signed). */
    MISSING_EVENT_ID,
    /** {@code amount} as a JSON number instead of a decimal string (correctly signed). */
    AMOUNT_AS_NUMBER,
    /** A well-formed event whose signature was made with another key. */
    BAD_SIGNATURE,
    /** A well-formed event from a terminal the server does not know. */
    UNKNOWN_TERMINAL,
    /** A well-formed, correctly signed event padded beyond 64 KiB. */
    OVERSIZED;

    /** The size a terminal message must not exceed, in bytes of UTF-8. */
    static final int SIZE_LIMIT = 64 * 1024;
}
