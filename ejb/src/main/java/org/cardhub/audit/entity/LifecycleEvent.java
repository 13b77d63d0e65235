package org.cardhub.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A status change of a contract or a card: from, to, why, who and when. */
@Entity
@Table(name = "lifecycle_event")
public class LifecycleEvent {

    public enum Subject { CONTRACT, CARD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String reason;

    private String actor;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected LifecycleEvent() {
    }

    public LifecycleEvent(Subject subject, long subjectId, Enum<?> from, Enum<?> to, String reason, String actor,
                          Instant occurredAt) {
        this.subjectType = subject.name();
        this.subjectId = subjectId;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
