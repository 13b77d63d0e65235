package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Email to the people who run Cardhub (the address of {@code cardhub.operations.email}; the demo's mail server takes
 * its default), written into the outbox inside its caller's transaction and delivered by {@link OutboxDispatcher} once
 * that commits — once per event key. And the outbox's own health: since when its oldest message waits. Joins its
 * caller's transaction and never starts one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OperationsNotices {

    public static final String DEFAULT_ADDRESS = "operations@cardhub.local";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cardhub.operations.email", defaultValue = DEFAULT_ADDRESS)
    String address;

    /** Queues the mail unless one went out under {@code eventKey} before; returns whether it was queued now. */
    public boolean toOperations(String eventKey, String subject, String body) {
        String key = eventKey + ":" + address;
        boolean queued = !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.eventKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty();
        if (!queued) {
            em.persist(new OutboxMessage(key, Channel.EMAIL, address, subject, body, Instant.now()));
        }
        return !queued;
    }

    /** When the oldest message still waiting to leave was written; empty when none waits. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> oldestPendingSince() {
        List<Instant> oldest = em.createQuery("SELECT m.createdAt FROM OutboxMessage m WHERE m.status = :pending ORDER BY m.id",
                        Instant.class)
                .setParameter("pending", OutboxMessage.Status.PENDING).setMaxResults(1).getResultList();
        return oldest.stream().findFirst();
    }
}
