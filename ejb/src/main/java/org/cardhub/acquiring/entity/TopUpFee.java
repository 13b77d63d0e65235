package org.cardhub.acquiring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;

/** The fee a contract (a school's programme) charges on bank-card top-ups of its cards; a contract without one charges none. */
@Entity
@Table(name = "top_up_fee")
public class TopUpFee {

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "rate_bp")
    private int rateBasisPoints;

    @Column(name = "minimum_minor")
    private long minimumMinor;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected TopUpFee() {
    }

    public TopUpFee(long contractId, FeeTerms terms, Instant now) {
        this.contractId = contractId;
        this.rateBasisPoints = terms.rateBasisPoints();
        this.minimumMinor = terms.minimum().minorUnits();
        this.createdAt = now;
    }

    public FeeTerms terms() {
        return new FeeTerms(rateBasisPoints, Amount.ofMinorUnits(minimumMinor, Currency.RUB));
    }
}
