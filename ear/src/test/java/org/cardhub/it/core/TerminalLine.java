package org.cardhub.it.core;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.terminals.control.MessageSignature;

import java.io.StringReader;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A terminal's side of the TerminalEvents queue, as the tests play it: signed JSON in, the correlated reply out. */
final class TerminalLine {

    record Sender(String id, String key) {
    }

    private final ConnectionFactory connections;
    private final Queue terminalEvents;

    TerminalLine(ConnectionFactory connections, Queue terminalEvents) {
        this.connections = connections;
        this.terminalEvents = terminalEvents;
    }

    static JsonObjectBuilder event(Sender sender, String eventId, String type) {
        JsonObjectBuilder event = Json.createObjectBuilder().add("v", 1).add("terminalId", sender.id()).add("type", type)
                .add("occurredAt", OffsetDateTime.now().toString());
        return eventId == null ? event : event.add("eventId", eventId);
    }

    JsonObject send(Sender sender, JsonObjectBuilder event) {
        return signedAndSent(sender, event.build().toString());
    }

    JsonObject signedAndSent(Sender sender, String text) {
        return sendText(sender.id(), MessageSignature.of(text, sender.key()), text);
    }

    JsonObject sendText(String terminalId, String signature, String text) {
        try (JMSContext context = connections.createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            context.createProducer().send(terminalEvents, message(context, terminalId, signature, text, replies));
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                String reply = consumer.receiveBody(String.class, 30_000);
                assertThat(reply).as("a reply within 30 s").isNotNull();
                try (var reader = Json.createReader(new StringReader(reply))) {
                    return reader.readObject();
                }
            }
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends a signed message asking for its reply at {@code replyTo}, and does not wait for one. */
    void signedAndSentReplyingTo(Sender sender, String text, Destination replyTo) {
        sentReplyingTo(sender.id(), MessageSignature.of(text, sender.key()), text, replyTo);
    }

    void sentReplyingTo(String terminalId, String signature, String text, Destination replyTo) {
        try (JMSContext context = connections.createContext()) {
            context.createProducer().send(terminalEvents, message(context, terminalId, signature, text, replyTo));
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    private static TextMessage message(JMSContext context, String terminalId, String signature, String text,
                                       Destination replyTo) throws JMSException {
        TextMessage message = context.createTextMessage(text);
        message.setStringProperty("terminalId", terminalId);
        if (signature != null) {
            message.setStringProperty("signature", signature);
        }
        message.setJMSReplyTo(replyTo);
        return message;
    }
}
