package org.cardhub.notifications.control;

import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;

/** A way out for messages of one channel. Throws when the message could not be handed over. */
public interface Gateway {

    Channel channel();

    void send(OutboxMessage message) throws Exception;
}
