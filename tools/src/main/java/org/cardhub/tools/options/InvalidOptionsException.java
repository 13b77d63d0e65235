package org.cardhub.tools.options;

/** The command line cannot be used as given; the message says which option and why. */
public final class InvalidOptionsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidOptionsException(String message) {
        super(message);
    }
}
