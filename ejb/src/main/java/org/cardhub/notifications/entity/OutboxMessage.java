package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;
import java.util.Objects;

/**
 * A message waiting to leave, or gone. Written in the transaction of the event it tells about, so it
 * exists exactly when the event does; {@code eventKey} names event, channel and recipient, once.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, SENT, FAILED }

    static final int MAX_ATTEMPTS = 5;

    /** What a secret message's text becomes once it has left. */
    public static final String FORGOTTEN = "(одноразовый код не хранится)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "event_key")
    private String eventKey;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** Its text is a secret (a one-time code): forgotten once the message has left or been given up. */
    private boolean secret;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String eventKey, Channel channel, String recipient, String subject, String body, Instant now) {
        this.eventKey = Objects.requireNonNull(eventKey);
        this.channel = Objects.requireNonNull(channel);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** Marks the text as a secret, forgotten once the message has left or been given up. */
    public OutboxMessage secret() {
        this.secret = true;
        return this;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        forgetIfSecret();
    }

    /** A failed attempt; after {@link #MAX_ATTEMPTS} the message is given up and stays for inspection. */
    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            forgetIfSecret();
        }
    }

    private void forgetIfSecret() {
        if (secret) {
            subject = FORGOTTEN;
            body = FORGOTTEN;
        }
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }
}
