package org.cardhub.callers;

/**
 * The caller may not reach this object. Said the same way whether it exists or not, so nobody learns
 * about other clients' contracts and cards by probing.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String what, Object id) {
        super("No " + what + " " + id + " for this caller");
    }
}
