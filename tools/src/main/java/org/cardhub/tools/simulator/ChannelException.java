package org.cardhub.tools.simulator;

/**
 * The broker could not be reached or the connection to it broke; or, when {@link #refusal()} is set, the broker
 * refused one message (too large, destination full, not allowed) and the channel is still usable.
 */
final class ChannelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String refusal;

    ChannelException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = null;
    }

    ChannelException(String message) {
        super(message);
        this.refusal = null;
    }

    private ChannelException(String message, String refusal, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    /** The broker refused the message, for the reason {@code code} (e.g. an OpenMQ error code). */
    static ChannelException refused(String code, Throwable cause) {
        return new ChannelException("the broker refused the message (" + code + ")", code, cause);
    }

    /** Why the broker refused the message, or null if the connection is the problem. */
    String refusal() {
        return refusal;
    }

    /** The message with the root cause, on one line. */
    String describe() {
        Throwable root = this;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = getMessage();
        if (root != this && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += ": " + root.getMessage();
        }
        return message.replace('\n', ' ');
    }
}
