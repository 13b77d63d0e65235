package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.notifications.entity.NotificationPreference.Topic;

import java.io.Serializable;
import java.util.Objects;

/** The channels a parent chose for one kind of notice about one of their children (by the child's card). */
@Entity
@Table(name = "notification_choice")
@IdClass(NotificationChoice.Key.class)
public class NotificationChoice {

    @Id
    private String subject;

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Id
    @Enumerated(EnumType.STRING)
    private Topic topic;

    @Column(name = "by_email")
    private boolean byEmail;

    @Column(name = "by_sms")
    private boolean bySms;

    @Column(name = "by_push")
    private boolean byPush;

    @Version
    private long version;

    protected NotificationChoice() {
    }

    public NotificationChoice(String subject, long cardId, Topic topic, Channels channels) {
        if (!topic.isChosen()) {
            throw new IllegalArgumentException(topic + " is not a parent's choice");
        }
        this.subject = Objects.requireNonNull(subject);
        this.cardId = cardId;
        this.topic = topic;
        choose(channels);
    }

    public void choose(Channels channels) {
        byEmail = channels.email();
        bySms = channels.sms();
        byPush = channels.push();
    }

    public Channels channels() {
        return new Channels(byEmail, bySms, byPush);
    }

    public Topic topic() {
        return topic;
    }

    public long cardId() {
        return cardId;
    }

    /** The same choices for another card of the same child (a reissued one). */
    public NotificationChoice forCard(long otherCardId) {
        return new NotificationChoice(subject, otherCardId, topic, channels());
    }

    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String subject;
        private long cardId;
        private Topic topic;

        public Key() {
        }

        public Key(String subject, long cardId, Topic topic) {
            this.subject = subject;
            this.cardId = cardId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && cardId == that.cardId && Objects.equals(subject, that.subject)
                    && topic == that.topic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, cardId, topic);
        }
    }
}
