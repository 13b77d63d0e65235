package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;
import java.util.Objects;

/** A pupil passing the turnstile, in or out; one per terminal event. */
@Entity
public class Attendance {

    public enum Direction { ENTRY, EXIT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "card_id")
    private long cardId;

    @Column(name = "terminal_id")
    private String terminalId;

    @Column(name = "event_id")
    private String eventId;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Attendance() {
    }

    public Attendance(long cardId, String terminalId, String eventId, Direction direction, Instant occurredAt,
                      Instant recordedAt) {
        this.cardId = cardId;
        this.terminalId = Objects.requireNonNull(terminalId);
        this.eventId = Objects.requireNonNull(eventId);
        this.direction = Objects.requireNonNull(direction);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.recordedAt = recordedAt;
    }

    public long cardId() {
        return cardId;
    }

    public String terminalId() {
        return terminalId;
    }

    public Direction direction() {
        return direction;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
