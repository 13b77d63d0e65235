package org.cardhub.tools.simulator;

/**
 * One simulated terminal's line to the broker: sends messages to the inbound queue with its own reply address, and
 * receives what comes back there. Used by one thread only.
 */
interface TerminalChannel extends AutoCloseable {

    /**
     * Sends the message with its properties and this channel's reply address; returns the broker's message id.
     * A {@link ChannelException#refusal() refusal} means the broker refused this message and the channel is usable.
     */
    String send(OutgoingMessage message) throws ChannelException;

    /** The next message on the reply address, or null if none came within {@code timeoutMillis} (at least 1). */
    ReceivedReply receive(long timeoutMillis) throws ChannelException;

    /** Closes the line, dropping its reply address; never throws. */
    @Override
    void close();

    /** Opens channels; each call gives a new connection. */
    interface Opener {

        TerminalChannel open() throws ChannelException;

        /** Where the channels go, for messages: e.g. {@code localhost:7676}. */
        String address();
    }
}
