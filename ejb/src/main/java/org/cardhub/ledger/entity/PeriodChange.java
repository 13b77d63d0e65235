package org.cardhub.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One close or reopen of a contract's month, kept for good: who, when and, for a reopen, why. The month's state now is
 * its {@link ClosedPeriod} row (there or not); these are its story.
 */
@Entity
@Table(name = "period_change")
public class PeriodChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 500;

    public enum Action {
        CLOSE,
        REOPEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "period_month")
    private String month;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String actor;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String reason;

    protected PeriodChange() {
    }

    private PeriodChange(long contractId, YearMonth month, Action action, String actor, Instant changedAt, String reason) {
        this.contractId = contractId;
        this.month = month.toString();
        this.action = action;
        this.actor = Objects.requireNonNull(actor);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.reason = reason;
    }

    public static PeriodChange closing(long contractId, YearMonth month, String actor, Instant at) {
        return new PeriodChange(contractId, month, Action.CLOSE, actor, at, null);
    }

    /** A reopen says why, in 1 to 500 characters besides blanks around them. */
    public static PeriodChange reopening(long contractId, YearMonth month, String actor, Instant at, String reason) {
        return new PeriodChange(contractId, month, Action.REOPEN, actor, at, requireReason(reason));
    }

    public static String requireReason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > REASON_MAX) {
            throw new InvalidPeriodChangeException(InvalidPeriodChangeException.Code.REASON_REQUIRED,
                    "Reopening a month needs a reason of 1 to " + REASON_MAX + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public YearMonth month() {
        return YearMonth.parse(month.strip());
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
