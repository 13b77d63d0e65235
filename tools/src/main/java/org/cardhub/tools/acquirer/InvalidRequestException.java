package org.cardhub.tools.acquirer;

/** A request the API refuses with 400 {@code invalid_request}, naming the parameter at fault if there is one. */
final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    InvalidRequestException(String parameter, String description) {
        super(description);
        this.parameter = parameter;
    }

    /** Null when the request as a whole is at fault. */
    String parameter() {
        return parameter;
    }
}
