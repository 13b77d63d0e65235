package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;

/** A lot of a holder's book as the records keep it: {@link #toLot()} gives the rules' lot, {@link #keep} takes it back. */
@Entity
@Table(name = "points_lot")
public class PointsLotRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String holder;

    @Column(name = "lot_no")
    private long lotNo;

    @Column(name = "purchase_id")
    private String purchaseId;

    @Column(name = "earned_on")
    private LocalDate earnedOn;

    @Column(name = "spendable_from")
    private LocalDate spendableFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "earned_minor")
    private long earnedMinor;

    @Column(name = "remaining_minor")
    private long remainingMinor;

    @Column(name = "expired_minor")
    private long expiredMinor;

    private boolean activated;

    private boolean closed;

    protected PointsLotRecord() {
    }

    public PointsLotRecord(String holder, PointsLot lot) {
        this.holder = holder;
        this.lotNo = lot.id();
        this.purchaseId = lot.purchaseId();
        this.earnedOn = lot.earnedOn();
        this.spendableFrom = lot.spendableFrom();
        this.expiresOn = lot.expiresOn();
        this.earnedMinor = lot.earned().minorUnits();
        keep(lot);
    }

    public PointsLot toLot() {
        return PointsLot.restore(lotNo, purchaseId, earnedOn, spendableFrom, expiresOn, points(earnedMinor),
                points(remainingMinor), points(expiredMinor), activated, closed);
    }

    public void keep(PointsLot lot) {
        if (lot.id() != lotNo) {
            throw new IllegalArgumentException("Lot " + lot.id() + " is not lot " + lotNo);
        }
        remainingMinor = lot.remaining().minorUnits();
        expiredMinor = lot.expired().minorUnits();
        activated = !lot.isPending();
        closed = lot.isClosed();
    }

    private static Amount points(long minor) {
        return Amount.ofMinorUnits(minor, Currency.POINTS);
    }

    public long lotNo() {
        return lotNo;
    }
}
