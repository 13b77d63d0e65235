package org.cardhub.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.Channels;
import org.cardhub.notifications.entity.NotificationChoice;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.OutboxMessage;
import org.cardhub.notifications.entity.SmsInformer;

import java.time.Instant;
import java.util.Optional;

/**
 * Writes a notice about a child into the outbox for one guardian, in the caller's transaction: on each channel they
 * chose for its kind and that child (or the defaults), to the address they gave for it, once per event, channel and
 * guardian. SMS leave only while the child's SMS informer is connected.
 */
@Dependent
public class Outbox {

    @PersistenceContext
    EntityManager em;

    /** How many messages were queued now (none for an event queued before). */
    public int toGuardian(String guardian, long cardId, String eventKey, Topic topic, String subject, String body,
                          Instant now) {
        NotificationPreference preference = em.find(NotificationPreference.class, guardian);
        if (preference == null) {
            return 0;
        }
        int queued = 0;
        for (Channel channel : channelsFor(guardian, cardId, topic).asSet()) {
            Optional<String> address = preference.address(channel);
            if (address.isEmpty() || channel == Channel.SMS && !informerSends(cardId)) {
                continue;
            }
            String key = eventKey + ":" + channel + ":" + guardian;
            if (!queued(key)) {
                em.persist(new OutboxMessage(key, channel, address.get(), subject, body, now));
                queued++;
            }
        }
        return queued;
    }

    /** The channels {@code guardian} chose for notices of {@code topic} about the child of {@code cardId}. */
    public Channels channelsFor(String guardian, long cardId, Topic topic) {
        if (!topic.isChosen()) {
            return topic.defaults();
        }
        NotificationChoice choice = em.find(NotificationChoice.class, new NotificationChoice.Key(guardian, cardId, topic));
        return choice == null ? topic.defaults() : choice.channels();
    }

    private boolean informerSends(long cardId) {
        SmsInformer informer = em.find(SmsInformer.class, cardId);
        return informer != null && informer.sends();
    }

    private boolean queued(String key) {
        return !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.eventKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty();
    }
}
