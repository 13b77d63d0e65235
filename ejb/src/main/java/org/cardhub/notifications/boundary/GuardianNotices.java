package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.notifications.entity.OutboxMessage;
import org.cardhub.payments.entity.PupilPurchasePosted;

import java.time.Instant;
import java.util.List;

/**
 * The notifications' in-transaction face: writes notifications about a pupil's card into the outbox, inside the
 * transaction of the event, for every guardian and channel they chose. It joins that transaction and never starts
 * one; {@link OutboxDispatcher} delivers the messages once it has committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GuardianNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardDirectory cards;

    public void aboutCard(long cardId, String eventKey, NotificationPreference.Topic topic, String subject, String body) {
        List<String> guardians = cards.guardiansOf(cardId);
        Instant now = Instant.now();
        for (String guardian : guardians) {
            NotificationPreference preference = em.find(NotificationPreference.class, guardian);
            if (preference == null) {
                continue;
            }
            preference.addressesFor(topic).forEach((channel, address) -> {
                String key = eventKey + ":" + channel + ":" + guardian;
                boolean queued = !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.eventKey = :key", Long.class)
                        .setParameter("key", key).getResultList().isEmpty();
                if (!queued) {
                    em.persist(new OutboxMessage(key, channel, address, subject, body, now));
                }
            });
        }
    }

    /** Parents hear about each purchase of a pupil's card, in the purchase's transaction (a synchronous observer). */
    public void purchasePosted(@Observes PupilPurchasePosted purchase) {
        aboutCard(purchase.cardId(), "purchase:" + purchase.entryId(), NotificationPreference.Topic.PURCHASE,
                purchase.subject(), purchase.body());
    }
}
