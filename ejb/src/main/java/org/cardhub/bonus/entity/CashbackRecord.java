package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A wallet purchase at an ordinary terminal (its journal entry) that earned cashback, once per entry; returned when
 * its reversal took the points back. Its book knows it as {@link #bookPurchaseId(long)}.
 */
@Entity
@Table(name = "bonus_cashback")
public class CashbackRecord {

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    private String holder;

    @Column(name = "earned_minor")
    private long earnedMinor;

    @Column(name = "earned_at")
    private Instant earnedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    protected CashbackRecord() {
    }

    public CashbackRecord(long entryId, String holder, long earnedMinor, Instant now) {
        this.entryId = entryId;
        this.holder = holder;
        this.earnedMinor = earnedMinor;
        this.earnedAt = now;
    }

    public static String bookPurchaseId(long entryId) {
        return "E-" + entryId;
    }

    public void returned(Instant now) {
        returnedAt = now;
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    /** Whether the book knows the purchase: a purchase that earned nothing (an excluded category) has nothing to return. */
    public boolean earnedPoints() {
        return earnedMinor > 0;
    }

    public long entryId() {
        return entryId;
    }

    public String holder() {
        return holder;
    }
}
