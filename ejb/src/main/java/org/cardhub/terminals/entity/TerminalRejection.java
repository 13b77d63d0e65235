package org.cardhub.terminals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;

/** A message that was refused before it could have an effect, kept for whoever looks after terminals. */
@Entity
@Table(name = "terminal_rejection")
public class TerminalRejection {

    private static final int EXCERPT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_rejection_seq")
    @SequenceGenerator(name = "terminal_rejection_seq", sequenceName = "terminal_rejection_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "terminal_id")
    private String terminalId;

    @Column(name = "event_id")
    private String eventId;

    private String code;

    private String reason;

    private String excerpt;

    protected TerminalRejection() {
    }

    public TerminalRejection(Instant receivedAt, String terminalId, String eventId, String code, String reason, String text) {
        this.receivedAt = receivedAt;
        this.terminalId = cut(terminalId, 64);
        this.eventId = cut(eventId, 128);
        this.code = code;
        this.reason = cut(reason, 500);
        this.excerpt = cut(text, EXCERPT);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String terminalId() {
        return terminalId;
    }

    public String eventId() {
        return eventId;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
