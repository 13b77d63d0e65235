package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.notifications.control.CardCarryOver;
import org.cardhub.notifications.control.Outbox;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.payments.entity.PupilPurchasePosted;

import java.time.Instant;

/**
 * The notifications' in-transaction face: writes notices about a pupil's card into the outbox, inside the transaction
 * of the event, for every guardian of the card on the channels each chose for that kind of event and that child (or
 * the defaults: see {@link NotificationPreference.Topic#defaults()}). It joins that transaction and never starts one;
 * {@link OutboxDispatcher} delivers the messages once it has committed. A reissued card keeps its parents' settings.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GuardianNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardDirectory cards;

    @Inject
    Outbox outbox;

    @Inject
    CardCarryOver carryOver;

    @EJB
    AuditLog audit;

    /**
     * Tells the card's guardians about an event, once per event key however often it is called: {@code eventKey} names
     * the event (e.g. {@code top-up:<operation key>}), {@code subject} and {@code body} are the Russian text.
     */
    public void aboutCard(long cardId, String eventKey, NotificationPreference.Topic topic, String subject, String body) {
        Instant now = Instant.now();
        for (String guardian : cards.guardiansOf(cardId)) {
            outbox.toGuardian(guardian, cardId, eventKey, topic, subject, body, now);
        }
    }

    /** Parents hear about each purchase of a pupil's card, in the purchase's transaction (a synchronous observer). */
    public void purchasePosted(@Observes PupilPurchasePosted purchase) {
        aboutCard(purchase.cardId(), "purchase:" + purchase.entryId(), NotificationPreference.Topic.PURCHASE,
                purchase.subject(), purchase.body());
    }

    /** A reissued card's parents keep their choices, thresholds and SMS informer on the new card. */
    public void carryOver(@Observes CardReissued reissued) {
        carryOver.carryOver(reissued.from().id(), reissued.to().id(), audit.actor(null), Instant.now());
    }

    /**
     * Keeps {@code email} (the address a parent registered with, say) as where {@code parent} hears by email, unless
     * they gave one already; whether it was kept. For the component that links a parent to a child.
     */
    public boolean rememberEmail(String parent, String email) {
        NotificationPreference preference = em.find(NotificationPreference.class, parent);
        if (preference == null) {
            preference = new NotificationPreference(parent);
            if (!preference.adoptEmailIfNone(email)) {
                return false;
            }
            em.persist(preference);
            return true;
        }
        return preference.adoptEmailIfNone(email);
    }
}
