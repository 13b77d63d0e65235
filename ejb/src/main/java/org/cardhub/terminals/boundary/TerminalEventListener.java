package org.cardhub.terminals.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.inject.Inject;
import org.cardhub.terminals.control.TerminalMetrics;
import org.cardhub.terminals.entity.Reply;

/**
 * Consumes the TerminalEvents queue: takes each message apart, hands it to {@link TerminalEventHandling}
 * and answers on its reply queue, correlated by the event id. A message is acknowledged only after its
 * money operation has committed (with its group's, see {@link org.cardhub.terminals.control.EventGroups}) and its
 * reply is sent, without a broker transaction around the two: a
 * crash in between redelivers the message, and the event id (the operation's idempotency key) makes the
 * second run answer the first outcome without a second effect. A message that keeps failing for a
 * technical reason goes to the broker's dead-letter queue after the configured attempts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/TerminalEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // after these attempts OpenMQ moves the message to its dead-message queue (sendUndeliverableMsgsToDMQ
        // is true by default; setting it explicitly breaks activation on a redeploy into a kept domain)
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "5"),
        // at most 8 messages at once (OpenMQ's default is 15): more only contend for the cores and the database,
        // and the broker keeps the rest queued (docs/benchmarks.md, fifth round: 16 terminals sending at once
        // got 780 replies/s with 15, 890 with 8); with group commit on, a group holds at most these 8 too
        @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = "8")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TerminalEventListener implements MessageListener {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    TerminalEventHandling handling;

    /** From the container's pool; this instance opens one context on it and keeps it for its replies. */
    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Inject
    TerminalMetrics metrics;

    private JMSContext replies;

    @Override
    public void onMessage(Message message) {
        long started = System.nanoTime();
        try {
            String terminalId = message.getStringProperty("terminalId");
            String body = message instanceof TextMessage text ? text.getText() : null;
            Reply reply = message instanceof TextMessage
                    ? handling.handle(terminalId, message.getStringProperty("signature"), body,
                    message.getJMSRedelivered())
                    : handling.refuseNonText(terminalId);
            Destination replyTo = message.getJMSReplyTo();
            if (answerable(replyTo)) {
                answer(replyTo, reply);
            }
            metrics.answered(body, reply, started);
        } catch (JMSException e) {
            throw new IllegalStateException("The terminal message could not be read", e);
        }
    }

    /**
     * A terminal's temporary queue, or a named queue the operator created for replies (nothing is created on
     * demand); never the queue of the events themselves or the broker's own, where a reply would be taken for a
     * message, or fill the dead letters.
     */
    private boolean answerable(Destination replyTo) throws JMSException {
        if (replyTo instanceof TemporaryQueue) {
            return true;
        }
        return replyTo instanceof Queue queue && !queue.getQueueName().equals(terminalEvents.getQueueName())
                && !queue.getQueueName().startsWith("mq.sys.");
    }

    /**
     * Non-persistent: a reply lost with the broker is asked for again by the terminal's retry, which gets the
     * first outcome again under the same event id.
     */
    private void answer(Destination replyTo, Reply reply) {
        if (replies == null) {
            replies = connections.createContext();
        }
        try {
            replies.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setJMSCorrelationID(reply.eventId())
                    .send(replyTo, JSON.toJson(reply));
        } catch (RuntimeException e) {
            closeReplies(); // the next reply opens a fresh context; this message goes back to the broker
            throw e;
        }
    }

    @PreDestroy
    void closeReplies() {
        if (replies != null) {
            try {
                replies.close();
            } catch (RuntimeException e) {
                // the connection is gone already
            }
            replies = null;
        }
    }
}
