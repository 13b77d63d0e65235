package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a parent hears from Cardhub: their email address, phone and push token. What they hear about, per child, is
 * {@link NotificationChoice}.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    /**
     * What a notice is about. A parent chooses the channels of each for each child ({@link NotificationChoice}); until
     * they do, {@link #defaults()} apply. Notices about the SMS informer itself (its suspension) are no choice: they go
     * by email.
     */
    public enum Topic {
        ENTRY_EXIT(Channels.none()),
        PURCHASE(Channels.none()),
        TOP_UP(Channels.emailOnly()),
        LOW_BALANCE(Channels.emailOnly()),
        CARD(Channels.emailOnly()),
        MEAL_ORDER(Channels.emailOnly()),
        PAYMENT_FAILED(Channels.emailOnly()),
        /** Reminders of a child's lessons: a subscription ending soon, a lesson gone into debt. */
        LESSONS(Channels.emailOnly()),
        SMS_INFORMER(Channels.emailOnly());

        private final Channels defaults;

        Topic(Channels defaults) {
            this.defaults = defaults;
        }

        /** The channels of a child's notices about this until their parent chooses. */
        public Channels defaults() {
            return defaults;
        }

        /** Whether a parent chooses its channels (all but the SMS informer's own notices). */
        public boolean isChosen() {
            return this != SMS_INFORMER;
        }

        /** The kinds of event a parent chooses channels for, in the order the page lists them. */
        public static List<Topic> chosen() {
            return Arrays.stream(values()).filter(Topic::isChosen).toList();
        }
    }

    /** The parent's Keycloak user id (the tokens' {@code sub}). */
    @Id
    private String subject;

    private String email;

    private String phone;

    @Column(name = "push_token")
    private String pushToken;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(String subject) {
        this.subject = subject;
    }

    public Addresses addresses() {
        return new Addresses(email, phone, pushToken);
    }

    /** Takes the addresses as the parent typed them: normalised, and refused when one is malformed. */
    public void changeTo(Addresses typed) {
        Addresses addresses = typed.normalised();
        addresses.problems().stream().findFirst().ifPresent(problem -> {
            throw new InvalidNoticeSettingsException(problem);
        });
        this.email = addresses.email();
        this.phone = addresses.phone();
        this.pushToken = addresses.pushToken();
    }

    /** Keeps an address for email when the parent has none yet (the one they registered with, say). */
    public boolean adoptEmailIfNone(String address) {
        Addresses adopted = new Addresses(address, null, null).normalised();
        if (email != null || adopted.email() == null || !adopted.problems().isEmpty()) {
            return false;
        }
        email = adopted.email();
        return true;
    }

    /** The parent's address on a channel, if they gave one. */
    public Optional<String> address(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            case PUSH -> pushToken;
        });
    }

    public String subject() {
        return subject;
    }
}
