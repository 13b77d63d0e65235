package org.cardhub.simulator;

/** The broker could not be reached, or the connection to it broke. */
final class ChannelException extends Exception {

    private static final long serialVersionUID = 1L;

    ChannelException(String message, Throwable cause) {
        super(message, cause);
    }

    ChannelException(String message) {
        super(message);
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
