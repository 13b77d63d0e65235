package org.cardhub.payments.entity;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An offline-decided event, posted or not, waiting for a person to look at it. */
@Entity
@Table(name = "offline_review")
public class OfflineReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String source;

    @Column(name = "event_key")
    private String eventKey;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "amount_minor")
    private long amountMinor;

    private String outcome;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OfflineReview() {
    }

    public OfflineReview(OperationKey key, Long cardId, Long entryId, long amountMinor, String outcome, String reason,
                         Instant now) {
        this.source = key.scope();
        this.eventKey = key.key();
        this.cardId = cardId;
        this.entryId = entryId;
        this.amountMinor = amountMinor;
        this.outcome = outcome;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.createdAt = now;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }
}
