package org.cardhub.tools.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A terminal's connection to the broker: its own connection and session, a temporary queue for the replies, and a
 * producer of persistent text messages to the inbound queue.
 */
final class JmsTerminalChannel implements TerminalChannel {

    private final Connection connection;
    private final Session session;
    private final TemporaryQueue replies;
    private final MessageProducer producer;
    private final MessageConsumer consumer;
    private volatile JMSException broken;

    private JmsTerminalChannel(Connection connection, Session session, TemporaryQueue replies,
            MessageProducer producer, MessageConsumer consumer) {
        this.connection = connection;
        this.session = session;
        this.replies = replies;
        this.producer = producer;
        this.consumer = consumer;
    }

    /** Sets up session, reply queue, producer and consumer on a new connection; closes it if that fails. */
    static JmsTerminalChannel start(Connection connection, String queueName) throws ChannelException {
        try {
            // replies are acknowledged lazily, several at a time: a reply seen twice is told apart by its correlation id
            Session session = connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            MessageProducer producer = session.createProducer(session.createQueue(queueName));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            MessageConsumer consumer = session.createConsumer(replies);
            JmsTerminalChannel channel = new JmsTerminalChannel(connection, session, replies, producer, consumer);
            connection.setExceptionListener(e -> channel.broken = e);
            connection.start();
            return channel;
        } catch (JMSException | RuntimeException e) {
            closeQuietly(connection);
            throw new ChannelException("cannot set up the terminal session on queue " + queueName, e);
        }
    }

    @Override
    public String send(OutgoingMessage message) throws ChannelException {
        failIfBroken();
        try {
            TextMessage text = session.createTextMessage(message.text());
            text.setStringProperty("terminalId", message.terminalId());
            text.setStringProperty("signature", message.signature());
            text.setJMSReplyTo(replies);
            producer.send(text);
            return text.getJMSMessageID();
        } catch (JMSException e) {
            if (broken != null || connectionFailure(e)) {
                throw new ChannelException("sending failed", e);
            }
            throw ChannelException.refused(e.getErrorCode() != null ? e.getErrorCode() : e.getClass().getSimpleName(),
                    e);
        } catch (RuntimeException e) {
            throw new ChannelException("sending failed", e);
        }
    }

    /**
     * OpenMQ's "packet acknowledge failed": the broker went away (a crash) before it confirmed the message, so
     * whether it kept it is unknown; a terminal sends it again under the same event id, which keeps its effect single.
     */
    private static final String IN_DOUBT = "C4000";

    /**
     * Whether a failed send means the connection is gone (closed, or an I/O failure underneath) rather than the
     * broker refusing this one message (size or destination limits, permissions).
     */
    static boolean connectionFailure(JMSException failure) {
        if (failure instanceof jakarta.jms.IllegalStateException || IN_DOUBT.equals(failure.getErrorCode())) {
            return true;
        }
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> causes = new ArrayDeque<>(List.of(failure));
        while (!causes.isEmpty()) {
            Throwable cause = causes.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() != null) {
                causes.push(cause.getCause());
            }
            if (cause instanceof JMSException jms && jms.getLinkedException() != null) {
                causes.push(jms.getLinkedException());
            }
        }
        return false;
    }

    @Override
    public ReceivedReply receive(long timeoutMillis) throws ChannelException {
        failIfBroken();
        Message message;
        try {
            message = consumer.receive(Math.max(1, timeoutMillis));
        } catch (JMSException | RuntimeException e) {
            throw new ChannelException("receiving failed", e);
        }
        long receivedAt = System.nanoTime();
        if (message == null) {
            failIfBroken();
            return null;
        }
        try {
            String text = message instanceof TextMessage textMessage ? textMessage.getText() : null;
            return new ReceivedReply(message.getJMSCorrelationID(), text, receivedAt);
        } catch (JMSException e) {
            throw new ChannelException("reading a reply failed", e);
        }
    }

    private void failIfBroken() throws ChannelException {
        JMSException failure = broken;
        if (failure != null) {
            throw new ChannelException("the connection to the broker broke", failure);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            // the connection is gone already; nothing to release
        }
    }
}
