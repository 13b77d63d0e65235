package org.cardhub.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** A month of a contract's books that is closed: nothing may post into it any more. */
@Entity
@Table(name = "closed_period")
@IdClass(ClosedPeriod.Key.class)
public class ClosedPeriod {

    public static class Key implements Serializable {
        private Long contractId;
        private String month;

        public Key() {
        }

        public Key(long contractId, YearMonth month) {
            this.contractId = contractId;
            this.month = month.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(contractId, key.contractId) && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, month);
        }
    }

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Id
    @Column(name = "period_month")
    private String month;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ClosedPeriod() {
    }

    public ClosedPeriod(long contractId, YearMonth month, String closedBy, Instant closedAt) {
        this.contractId = contractId;
        this.month = month.toString();
        this.closedBy = Objects.requireNonNull(closedBy);
        this.closedAt = Objects.requireNonNull(closedAt);
    }

    public Instant closedAt() {
        return closedAt;
    }
}
