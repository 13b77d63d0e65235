package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;

import java.time.Instant;

/**
 * A mail to a person known only by an address (a parent an education centre enrolled a child for, before they have a
 * cabinet), or an SMS to a person known only by a phone (a wallet's one-time code, before anyone signs in), written
 * into the outbox inside the caller's transaction, once per event key and address.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PersonNotices {

    @PersistenceContext
    EntityManager em;

    /** Queues the mail unless one went to that address under {@code eventKey} before; returns whether it was queued now. */
    public boolean toAddress(String eventKey, String email, String subject, String body) {
        return queue(eventKey, Channel.EMAIL, email, subject, body, false);
    }

    /**
     * Queues an SMS carrying a one-time code to {@code phone} (as the caller normalised it) unless one went there under
     * {@code eventKey} before; returns whether it was queued now. The text is the message's subject too, as an SMS
     * gateway sends the subject; it is forgotten once the SMS has left (or been given up), so no code stays readable.
     */
    public boolean codeBySms(String eventKey, String phone, String text) {
        return queue(eventKey, Channel.SMS, phone, text, text, true);
    }

    /** Queues an SMS of plain news to {@code phone} (a wallet closed, say) unless one went there under {@code eventKey}. */
    public boolean bySms(String eventKey, String phone, String text) {
        return queue(eventKey, Channel.SMS, phone, text, text, false);
    }

    private boolean queue(String eventKey, Channel channel, String recipient, String subject, String body, boolean secret) {
        String key = eventKey + ":" + recipient;
        boolean queued = !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.eventKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty();
        if (!queued) {
            OutboxMessage message = new OutboxMessage(key, channel, recipient, subject, body, Instant.now());
            em.persist(secret ? message.secret() : message);
        }
        return !queued;
    }
}
