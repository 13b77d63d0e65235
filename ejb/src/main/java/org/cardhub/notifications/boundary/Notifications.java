package org.cardhub.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.notifications.control.Gateway;
import org.cardhub.notifications.control.LoggingGateway;
import org.cardhub.notifications.control.MailGateway;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.notifications.entity.OutboxMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Parents' notification choices; and delivery of the messages {@link GuardianNotices} wrote into the outbox,
 * each in its own transaction, marked sent only once its gateway took it.
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailGateway mail;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    private final Map<Channel, Gateway> logging = Map.of(Channel.SMS, new LoggingGateway(Channel.SMS),
            Channel.PUSH, new LoggingGateway(Channel.PUSH));

    /** The signed-in parent's choices; defaults (email about everything) until they save their own. */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NotificationPreference.Choices myChoices() {
        NotificationPreference preference = em.find(NotificationPreference.class, session.getCallerPrincipal().getName());
        return (preference == null ? new NotificationPreference(session.getCallerPrincipal().getName()) : preference).choices();
    }

    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void saveMyChoices(NotificationPreference.Choices choices) {
        String parent = session.getCallerPrincipal().getName();
        NotificationPreference preference = em.find(NotificationPreference.class, parent);
        if (preference == null) {
            preference = new NotificationPreference(parent);
            em.persist(preference);
        }
        preference.choose(choices);
        audit.record(parent, "notifications.preferences", AuditSubject.USER, parent, choices.toString());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> pending(int max) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending ORDER BY m.id", Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING).setMaxResults(max).getResultList();
    }

    /** Sends one message if it is still pending; a node that lost the race finds it sent and does nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isPending()) {
            return;
        }
        Gateway gateway = message.channel() == Channel.EMAIL ? mail : logging.get(message.channel());
        try {
            gateway.send(message);
            message.sent(Instant.now());
        } catch (Exception e) {
            message.failed(e.getMessage());
        }
    }
}
