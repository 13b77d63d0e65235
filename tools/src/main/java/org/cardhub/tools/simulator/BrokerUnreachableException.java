package org.cardhub.tools.simulator;

/** The simulator could not connect to the broker at the start of a run. */
public final class BrokerUnreachableException extends Exception {

    private static final long serialVersionUID = 1L;

    BrokerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
