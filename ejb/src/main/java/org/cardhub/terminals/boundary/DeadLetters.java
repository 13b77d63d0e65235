package org.cardhub.terminals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.terminals.control.EventParser;
import org.cardhub.terminals.entity.DeadLetter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The terminal messages in the broker's dead-message queue ({@code mq.sys.dmq}): listed with the
 * broker's reason, and re-driven — moved back onto TerminalEvents in one transaction, so a message is
 * never lost or doubled by the move. Processing it again is safe: its event id makes it idempotent.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class DeadLetters {

    private static final int MAX = 500;
    /** OpenMQ's own dead-message queue; Payara will not register a resource for a name with dots. */
    static final String DEAD_MESSAGE_QUEUE = "mq.sys.dmq";

    @Inject
    @JMSConnectionFactory("jms/cardhubConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @EJB
    AuditLog audit;

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(DEAD_MESSAGE_QUEUE))) {
            for (Message message : Collections.list((Enumeration<Message>) browser.getEnumeration())) {
                if (message instanceof TextMessage text && text.propertyExists("terminalId")) {
                    letters.add(toDeadLetter(text));
                }
                if (letters.size() >= MAX) {
                    break;
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-message queue cannot be read", e);
        }
        return letters;
    }

    /** How many terminal messages wait in the dead-message queue (up to 10 000): the operations metrics' gauge, for anyone. */
    @PermitAll
    public int depth() {
        int depth = 0;
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(DEAD_MESSAGE_QUEUE))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && depth < 10_000) {
                if (messages.nextElement() instanceof Message message && message.propertyExists("terminalId")) {
                    depth++;
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-message queue cannot be read", e);
        }
        return depth;
    }

    /** Moves one dead letter back onto TerminalEvents with its text and signature. */
    public void redrive(String messageId) {
        try (var consumer = consumerOf(messageId)) {
            TextMessage text = take(consumer, messageId);
            TextMessage again = jms.createTextMessage(text.getText());
            again.setStringProperty("terminalId", text.getStringProperty("terminalId"));
            if (text.propertyExists("signature")) {
                again.setStringProperty("signature", text.getStringProperty("signature"));
            }
            if (text.getJMSReplyTo() != null) {
                again.setJMSReplyTo(text.getJMSReplyTo());
            }
            jms.createProducer().send(terminalEvents, again);
            audit.record(audit.actor(null), "terminal.redrive", AuditSubject.TERMINAL, text.getStringProperty("terminalId"),
                    "dead letter " + messageId + " sent to TerminalEvents again");
        } catch (JMSException e) {
            throw new IllegalStateException("The dead letter " + messageId + " cannot be re-driven", e);
        }
    }

    /** Removes a dead letter for good, after a person looked at it; the audit trail keeps its text. */
    public void discard(String messageId) {
        try (var consumer = consumerOf(messageId)) {
            TextMessage text = take(consumer, messageId);
            audit.record(audit.actor(null), "terminal.discard", AuditSubject.TERMINAL, text.getStringProperty("terminalId"),
                    "dead letter " + messageId + " discarded: " + text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("The dead letter " + messageId + " cannot be discarded", e);
        }
    }

    private JMSConsumer consumerOf(String messageId) {
        // the id goes into a selector: nothing that could end its quoted string is let through
        if (messageId == null || !messageId.matches("ID:[^'\\\\]{1,200}")) {
            throw new AccessDeniedException("dead letter", messageId);
        }
        return jms.createConsumer(jms.createQueue(DEAD_MESSAGE_QUEUE), "JMSMessageID = '" + messageId + "'");
    }

    private static TextMessage take(JMSConsumer consumer, String messageId) {
        Message message = consumer.receive(2_000);
        if (!(message instanceof TextMessage text)) {
            throw new AccessDeniedException("dead letter", messageId);
        }
        return text;
    }

    private static DeadLetter toDeadLetter(TextMessage message) throws JMSException {
        String text = message.getText();
        return new DeadLetter(message.getJMSMessageID(), Instant.ofEpochMilli(message.getJMSTimestamp()),
                message.getStringProperty("terminalId"), EventParser.eventIdOf(text),
                property(message, "JMS_SUN_DMQ_UNDELIVERED_REASON"), property(message, "JMS_SUN_DMQ_UNDELIVERED_EXCEPTION"),
                text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…");
    }

    private static String property(Message message, String name) throws JMSException {
        return message.propertyExists(name) ? String.valueOf(message.getObjectProperty(name)) : null;
    }
}
