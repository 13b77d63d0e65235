package org.cardhub.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

    private static final int MAX_DETAILS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                      String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectId() {
        return subjectId;
    }

    public String details() {
        return details;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
