package org.cardhub.bonus.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.LocalDate;

/** A check a till recorded, once per purchase id, with what it earned and spent and, once returned, what that did. */
@Entity
@Table(name = "bonus_check")
public class CheckRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_id")
    private String purchaseId;

    @Column(name = "till_client")
    private String tillClient;

    private String barcode;

    private String holder;

    @Column(name = "purchased_at")
    private Instant purchasedAt;

    @Column(name = "booked_on")
    private LocalDate bookedOn;

    @Column(name = "total_minor")
    private long totalMinor;

    private String fingerprint;

    @Column(name = "earned_minor")
    private long earnedMinor;

    @Column(name = "spent_minor")
    private long spentMinor;

    @Column(name = "spendable_from")
    private LocalDate spendableFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "given_back_minor")
    private long givenBackMinor;

    @Column(name = "taken_back_minor")
    private long takenBackMinor;

    @Column(name = "shortfall_minor")
    private long shortfallMinor;

    protected CheckRecord() {
    }

    public CheckRecord(TillCheck check, String tillClient, String holder, CheckOutcome outcome, Instant now) {
        this.purchaseId = check.purchaseId();
        this.tillClient = tillClient;
        this.barcode = check.card().digits();
        this.holder = holder;
        this.purchasedAt = check.purchasedAt();
        this.bookedOn = outcome.bookedOn();
        this.totalMinor = check.total().minorUnits();
        this.fingerprint = check.fingerprint();
        this.earnedMinor = outcome.earned().minorUnits();
        this.spentMinor = outcome.spent().minorUnits();
        this.spendableFrom = outcome.spendableFrom();
        this.expiresOn = outcome.expiresOn();
        this.recordedAt = now;
    }

    /** Whether {@code check} is this one sent again (same card, time, lines and points wanted). */
    public boolean isSameCheck(TillCheck check) {
        return fingerprint.equals(check.fingerprint());
    }

    public CheckOutcome outcome(boolean replayed) {
        return new CheckOutcome(purchaseId, barcode, bookedOn, points(earnedMinor), points(spentMinor), spendableFrom,
                expiresOn, replayed);
    }

    public void returned(PurchaseReturn done, Instant now) {
        returnedAt = now;
        givenBackMinor = done.givenBack().minorUnits();
        takenBackMinor = done.takenBack().minorUnits();
        shortfallMinor = done.shortfall().minorUnits();
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public ReturnOutcome returnOutcome(boolean replayed) {
        return new ReturnOutcome(purchaseId, points(givenBackMinor), points(takenBackMinor), points(shortfallMinor),
                replayed);
    }

    public String purchaseId() {
        return purchaseId;
    }

    public String holder() {
        return holder;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    private static Amount points(long minor) {
        return Amount.ofMinorUnits(minor, Currency.POINTS);
    }
}
