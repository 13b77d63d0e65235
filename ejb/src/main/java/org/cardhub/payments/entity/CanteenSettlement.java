package org.cardhub.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A school day's canteen sales settled to the school's supplier: the sales, the programme's commission and the
 * supplier's share ({@link CanteenSplit}), the meals, and the journal entry that moved them (none when they net out to
 * nothing). Its key is the school and the day: never two for one day, whatever runs at once.
 */
@Entity
@Table(name = "canteen_settlement")
@IdClass(CanteenSettlement.Key.class)
public class CanteenSettlement {

    /** The school (an organisation) and the local day. */
    public static class Key implements Serializable {
        private long schoolId;
        private LocalDate settleDate;

        public Key() {
        }

        public Key(long schoolId, LocalDate day) {
            this.schoolId = schoolId;
            this.settleDate = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && schoolId == that.schoolId && Objects.equals(settleDate, that.settleDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, settleDate);
        }
    }

    @Id
    @Column(name = "school_id")
    private long schoolId;

    @Id
    @Column(name = "settle_date")
    private LocalDate settleDate;

    @Column(name = "supplier_id")
    private long supplierId;

    @Column(name = "supplier_contract_id")
    private long supplierContractId;

    @Column(name = "commission_bp")
    private int commissionBp;

    @Column(name = "sales_minor")
    private long salesMinor;

    @Column(name = "commission_minor")
    private long commissionMinor;

    @Column(name = "share_minor")
    private long shareMinor;

    private int meals;

    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected CanteenSettlement() {
    }

    public CanteenSettlement(CanteenPayout payout, CanteenSplit split, Long entryId, Instant settledAt) {
        if (split.movesMoney() == (entryId == null)) {
            throw new IllegalArgumentException("A settlement that moves money has its entry, and only one that does");
        }
        this.schoolId = payout.schoolId();
        this.settleDate = payout.day();
        this.supplierId = payout.supplierId();
        this.supplierContractId = payout.supplierContractId();
        this.commissionBp = split.basisPoints();
        this.salesMinor = split.salesMinor();
        this.commissionMinor = split.commissionMinor();
        this.shareMinor = split.shareMinor();
        this.meals = split.meals();
        this.entryId = entryId;
        this.settledAt = Objects.requireNonNull(settledAt);
    }

    public long schoolId() {
        return schoolId;
    }

    public LocalDate day() {
        return settleDate;
    }

    public long supplierId() {
        return supplierId;
    }

    public long supplierContractId() {
        return supplierContractId;
    }

    public int commissionBp() {
        return commissionBp;
    }

    public Amount sales() {
        return Amount.ofMinorUnits(salesMinor, Currency.RUB);
    }

    public Amount commission() {
        return Amount.ofMinorUnits(commissionMinor, Currency.RUB);
    }

    public Amount share() {
        return Amount.ofMinorUnits(shareMinor, Currency.RUB);
    }

    public int meals() {
        return meals;
    }

    public Long entryId() {
        return entryId;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
