package org.cardhub.notifications.control;

import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;

import java.util.logging.Logger;

/**
 * SMS and push for the demo: the message is written to the server log instead of an operator's API.
 * A real SMS or push provider is another {@link Gateway} for the same channel.
 */
public class LoggingGateway implements Gateway {

    private static final Logger LOG = Logger.getLogger(LoggingGateway.class.getName());

    private final Channel channel;

    public LoggingGateway(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboxMessage message) {
        LOG.info(() -> channel + " to " + message.recipient() + ": " + message.subject() + " — " + message.body());
    }
}
