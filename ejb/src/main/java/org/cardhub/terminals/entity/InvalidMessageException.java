package org.cardhub.terminals.entity;

/** A terminal message that cannot be processed as sent; the reply carries {@link #code()}. */
public class InvalidMessageException extends Exception {

    private final String code;
    private final String eventId;

    public InvalidMessageException(String code, String eventId, String message) {
        super(message);
        this.code = code;
        this.eventId = eventId;
    }

    public String code() {
        return code;
    }

    public String eventId() {
        return eventId;
    }
}
