package org.cardhub.acquiring.control;

/** The acquirer did not do what Cardhub asked: it could not be reached ({@link AcquirerUnavailableException}) or it said no ({@link AcquirerRefusedException}). */
public abstract class AcquirerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected AcquirerException(String message, Throwable cause) {
        super(message, cause);
    }
}
