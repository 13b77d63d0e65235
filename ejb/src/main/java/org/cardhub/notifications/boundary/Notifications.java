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
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.notifications.control.Gateway;
import org.cardhub.notifications.control.LoggingGateway;
import org.cardhub.notifications.control.MailGateway;
import org.cardhub.notifications.control.SettingsBook;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.InvalidNoticeSettingsException;
import org.cardhub.notifications.entity.NoticeSettings;
import org.cardhub.notifications.entity.OutboxMessage;
import org.cardhub.notifications.entity.SettingsChange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A parent's notification settings — addresses, and per child the channels of each kind of notice and the low-balance
 * thresholds; and delivery of the messages {@link GuardianNotices} wrote into the outbox, each in its own transaction,
 * marked sent only once its gateway took it.
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailGateway mail;

    @Inject
    SettingsBook settings;

    @Inject
    CardDirectory cards;

    @Resource
    SessionContext session;

    @EJB
    AuditLog audit;

    @EJB
    ObjectAccess access;

    @EJB
    GuardianNotices notices;

    private final Map<Channel, Gateway> logging = Map.of(Channel.SMS, new LoggingGateway(Channel.SMS),
            Channel.PUSH, new LoggingGateway(Channel.PUSH));

    /** The signed-in parent's settings, for each child they look after; defaults where they chose nothing yet. */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NoticeSettings mySettings() {
        String parent = session.getCallerPrincipal().getName();
        return settings.read(parent, cards.guardedBy(parent), Instant.now());
    }

    /**
     * Saves the signed-in parent's settings as one change: refused as a whole, with the field it is about, when an
     * address or threshold is malformed or a channel is chosen without its address; a child not theirs is refused.
     */
    @RolesAllowed(Role.Names.PARENT)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void saveMySettings(SettingsChange change) {
        String parent = session.getCallerPrincipal().getName();
        for (ChildChoices child : change.children()) {
            access.requireCard(child.cardId());
        }
        change.problems().stream().findFirst().ifPresent(problem -> {
            throw new InvalidNoticeSettingsException(problem);
        });
        String changed = settings.write(parent, change);
        if (!changed.isEmpty()) {
            audit.record(parent, "notifications.settings", AuditSubject.USER, parent, changed);
        }
    }

    /**
     * Keeps the address the signed-in person registered with (their ID token's, which the realm verified) as where they
     * hear by email, unless they gave one already: so a parent who links a child hears by email as the defaults say
     * before ever opening their settings. An applicant may call it too, as their first link makes them a parent.
     */
    @RolesAllowed({Role.Names.PARENT, Role.Names.APPLICANT})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void rememberMyEmail(String registeredEmail) {
        if (registeredEmail != null && !registeredEmail.isBlank()) {
            notices.rememberEmail(session.getCallerPrincipal().getName(), registeredEmail);
        }
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
