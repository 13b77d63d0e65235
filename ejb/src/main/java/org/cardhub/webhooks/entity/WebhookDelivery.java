package org.cardhub.webhooks.entity;

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
 * One event on its way to one endpoint: written in the transaction of the event itself (the outbox), so it exists
 * exactly when the event does; the body is kept as it is signed and sent, the same on every attempt. A dispatcher
 * claims it for a while ({@code claim}, {@code leaseUntil}) before it sends, so no two send it at once.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    private static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "endpoint_id")
    private long endpointId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String body;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    private String claim;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, String eventId, WebhookEventType type, Instant occurredAt, String body) {
        this.endpointId = endpointId;
        this.eventId = Objects.requireNonNull(eventId);
        this.eventType = type.wireName();
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.body = Objects.requireNonNull(body);
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = occurredAt;
    }

    /** A 2xx answer: delivered, never sent again. */
    public void delivered(int httpStatus, Instant now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
        release();
    }

    /** Any other answer, or none: tried again after the back-off, or given up when the attempts are spent. */
    public void failed(Integer httpStatus, String error, BackOff backOff, Instant now) {
        attempts++;
        lastStatus = httpStatus;
        String reason = error == null || error.isBlank() ? "HTTP " + httpStatus : error;
        lastError = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        if (backOff.exhausted(attempts)) {
            status = DeliveryStatus.DEAD;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backOff.delayAfter(attempts));
        }
        release();
    }

    /** The back office sends a dead delivery again, now, with a fresh round of attempts. */
    public void redrive(Instant now) {
        if (status != DeliveryStatus.DEAD) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.NOT_DEAD,
                    "Delivery " + id + " is " + status + ", not dead");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    /** Whether the dispatcher run that claimed it with {@code token} still holds it. */
    public boolean claimedBy(String token) {
        return status == DeliveryStatus.PENDING && token.equals(claim);
    }

    private void release() {
        claim = null;
        leaseUntil = null;
    }

    public Long id() {
        return id;
    }

    public long endpointId() {
        return endpointId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
