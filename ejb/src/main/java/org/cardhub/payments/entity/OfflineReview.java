package org.cardhub.payments.entity;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An offline-decided event, posted or not, waiting for a person to look at it: staff accept it (it stands as the
 * terminal decided) or, when it was posted, charge it back (its entry is reversed); either decision is final.
 */
@Entity
@Table(name = "offline_review")
public class OfflineReview {

    public enum Status { OPEN, ACCEPTED, CHARGED_BACK }

    /** The idempotency scope of the charge-backs: one reversal per review, whoever asks and however often. */
    public static final String CHARGE_BACK_SCOPE = "offline-review";
    public static final int MAX_DECISION_REASON = 500;

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

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "reversal_entry_id")
    private Long reversalEntryId;

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

    /** A decision's reason as the review keeps it; a charge-back must give one, an acceptance may. */
    public static String decisionReason(String typed, boolean required) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.isEmpty() && required) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.REASON_REQUIRED, "A charge-back needs a reason");
        }
        if (reason.length() > MAX_DECISION_REASON) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.REASON_TOO_LONG,
                    "A decision's reason is at most " + MAX_DECISION_REASON + " characters");
        }
        return reason.isEmpty() ? null : reason;
    }

    /** Stands as the terminal decided. */
    public void accept(String actor, String note, Instant now) {
        requireOpen();
        decide(Status.ACCEPTED, actor, note, now);
    }

    /** Refuses unless this review can be charged back: still open, and its purchase was posted. */
    public void requireChargeable() {
        requireOpen();
        if (entryId == null) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.NOT_POSTED,
                    "Offline review " + id + " posted nothing to charge back");
        }
    }

    /** Its entry was reversed by {@code reversalEntryId}. */
    public void chargedBack(long reversalEntryId, String actor, String reason, Instant now) {
        requireChargeable();
        this.reversalEntryId = reversalEntryId;
        decide(Status.CHARGED_BACK, actor, reason, now);
    }

    /** The purchase as the terminal's event posted it, by its idempotency key. */
    public OperationKey purchaseKey() {
        return new OperationKey(source, eventKey);
    }

    /** The key of this review's one reversal. */
    public OperationKey chargeBackKey() {
        return new OperationKey(CHARGE_BACK_SCOPE, String.valueOf(id));
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.ALREADY_DECIDED,
                    "Offline review " + id + " was decided already: " + status);
        }
    }

    private void decide(Status decision, String actor, String why, Instant now) {
        this.status = decision;
        this.decidedBy = actor;
        this.decidedAt = now;
        this.decisionReason = why;
    }

    public Long id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String eventKey() {
        return eventKey;
    }

    public Long cardId() {
        return cardId;
    }

    public Long entryId() {
        return entryId;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public boolean isPosted() {
        return entryId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Long reversalEntryId() {
        return reversalEntryId;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }
}
