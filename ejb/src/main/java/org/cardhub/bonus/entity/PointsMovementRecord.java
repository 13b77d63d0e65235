package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;

/** A movement of a holder's book, kept in order: written once, then only told the journal entry that posted it. */
@Entity
@Table(name = "points_movement")
public class PointsMovementRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String holder;

    @Column(name = "seq_no")
    private long seqNo;

    @Enumerated(EnumType.STRING)
    private PointsMovement.Kind kind;

    @Column(name = "lot_no")
    private long lotNo;

    @Column(name = "purchase_id")
    private String purchaseId;

    @Column(name = "moved_on")
    private LocalDate movedOn;

    @Column(name = "points_minor")
    private long pointsMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_account")
    private PointsAccount from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_account")
    private PointsAccount to;

    @Column(name = "entry_id")
    private Long entryId;

    protected PointsMovementRecord() {
    }

    public PointsMovementRecord(String holder, long seqNo, PointsMovement movement) {
        this.holder = holder;
        this.seqNo = seqNo;
        this.kind = movement.kind();
        this.lotNo = movement.lotId();
        this.purchaseId = movement.purchaseId();
        this.movedOn = movement.date();
        this.pointsMinor = movement.points().minorUnits();
        this.from = movement.from();
        this.to = movement.to();
    }

    public PointsMovement toMovement() {
        return new PointsMovement(kind, lotNo, purchaseId, movedOn, Amount.ofMinorUnits(pointsMinor, Currency.POINTS),
                from, to);
    }

    public void postedBy(long journalEntryId) {
        entryId = journalEntryId;
    }

    public long seqNo() {
        return seqNo;
    }

    public Long entryId() {
        return entryId;
    }
}
