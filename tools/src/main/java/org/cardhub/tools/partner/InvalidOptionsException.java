package org.cardhub.tools.partner;

/** The partner load tool's command line cannot be used as given; the message says which option and why. */
public final class InvalidOptionsException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidOptionsException(String message) {
        super(message);
    }
}
