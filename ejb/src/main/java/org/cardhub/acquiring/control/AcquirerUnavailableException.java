package org.cardhub.acquiring.control;

/**
 * No answer, a timeout, a server error or an unreadable answer: whether the acquirer did it is unknown, so only the
 * same request with the same idempotence key may be sent again (or the payment read again).
 */
public class AcquirerUnavailableException extends AcquirerException {

    private static final long serialVersionUID = 1L;

    public AcquirerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
