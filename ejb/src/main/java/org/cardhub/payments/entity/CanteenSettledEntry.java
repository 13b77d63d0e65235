package org.cardhub.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A canteen sales entry taken by a settlement, with the commission taken from it: its key is the entry, so no sale is
 * settled twice; one booked late into a day already settled is taken by the school's next settlement.
 */
@Entity
@Table(name = "canteen_settled_entry")
public class CanteenSettledEntry {

    @Id
    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "school_id")
    private long schoolId;

    @Column(name = "settle_date")
    private LocalDate settleDate;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "commission_minor")
    private long commissionMinor;

    protected CanteenSettledEntry() {
    }

    public CanteenSettledEntry(long entryId, CanteenPayout payout, long amountMinor, int commissionBp) {
        this.entryId = entryId;
        this.schoolId = payout.schoolId();
        this.settleDate = payout.day();
        this.amountMinor = amountMinor;
        this.commissionMinor = CanteenSplit.commissionOf(amountMinor, commissionBp);
    }

    public long entryId() {
        return entryId;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public long commissionMinor() {
        return commissionMinor;
    }
}
