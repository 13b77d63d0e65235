package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.PointsAccount.HOLDER_AVAILABLE;
import static org.cardhub.bonus.entity.PointsAccount.HOLDER_PENDING;
import static org.cardhub.bonus.entity.PointsAccount.PROGRAMME;
import static org.cardhub.bonus.entity.PointsMovement.Kind.ACTIVATED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.EARNED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.EXPIRED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.RETURNED;
import static org.cardhub.bonus.entity.PointsMovement.Kind.SPENT;
import static org.cardhub.bonus.entity.PointsMovement.Kind.TAKEN_BACK;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;

/**
 * The points one purchase earned, with the two dates that rule them: pending until {@code spendableFrom}, spendable
 * until the day before {@code expiresOn}. What is left of them goes down as they are spent, expire or are taken
 * back, and up when a returned purchase gives back points they paid. Once its own purchase is returned the lot is
 * closed: what it had is taken back, and points given back to it later are taken back at once.
 */
public class PointsLot {

    private final long id;
    private final String purchaseId;
    private final LocalDate earnedOn;
    private final LocalDate spendableFrom;
    private final LocalDate expiresOn;
    private final Amount earned;
    private Amount remaining;
    private Amount expired;
    private boolean activated;
    private boolean closed;

    PointsLot(long id, String purchaseId, LocalDate earnedOn, Amount earned, BonusRules rules) {
        this(id, purchaseId, earnedOn, rules.spendableFrom(earnedOn), rules.expiresOn(earnedOn), earned, earned,
                Amount.zero(Currency.POINTS), false, false);
    }

    private PointsLot(long id, String purchaseId, LocalDate earnedOn, LocalDate spendableFrom, LocalDate expiresOn,
                      Amount earned, Amount remaining, Amount expired, boolean activated, boolean closed) {
        this.id = id;
        this.purchaseId = purchaseId;
        this.earnedOn = earnedOn;
        this.spendableFrom = spendableFrom;
        this.expiresOn = expiresOn;
        this.earned = earned;
        this.remaining = remaining;
        this.expired = expired;
        this.activated = activated;
        this.closed = closed;
    }

    /**
     * A lot as it was kept, dates included: a lot keeps the dates it was earned under even when the rules change
     * later. For {@link PointsBook#restore} only; its id is its place in the book (the first lot is 1).
     */
    public static PointsLot restore(long id, String purchaseId, LocalDate earnedOn, LocalDate spendableFrom,
                                    LocalDate expiresOn, Amount earned, Amount remaining, Amount expired,
                                    boolean activated, boolean closed) {
        return new PointsLot(id, purchaseId, earnedOn, spendableFrom, expiresOn, earned, remaining, expired, activated,
                closed);
    }

    PointsMovement earnedMovement() {
        return new PointsMovement(EARNED, id, purchaseId, earnedOn, earned, PROGRAMME, HOLDER_PENDING);
    }

    /** The account what is left of the lot sits in, for the holder. */
    public PointsAccount holderAccount() {
        return activated ? HOLDER_AVAILABLE : HOLDER_PENDING;
    }

    public boolean isSpendableOn(LocalDate date) {
        return activated && !closed && date.isBefore(expiresOn) && remaining.isPositive();
    }

    public boolean isExpiredOn(LocalDate date) {
        return !date.isBefore(expiresOn);
    }

    boolean isDueForActivation(LocalDate date) {
        return !activated && !spendableFrom.isAfter(date);
    }

    boolean isDueForExpiry(LocalDate date) {
        return isExpiredOn(date) && remaining.isPositive();
    }

    PointsMovement activate() {
        activated = true;
        return new PointsMovement(ACTIVATED, id, purchaseId, spendableFrom, remaining, HOLDER_PENDING, HOLDER_AVAILABLE);
    }

    /** Expires what is left; dated the expiry day, or later when points given back to an expired lot expire at once. */
    PointsMovement expire(LocalDate on) {
        PointsMovement movement = new PointsMovement(EXPIRED, id, purchaseId, on.isAfter(expiresOn) ? on : expiresOn,
                remaining, holderAccount(), PROGRAMME);
        expired = expired.plus(remaining);
        remaining = Amount.zero(Currency.POINTS);
        return movement;
    }

    PointsMovement spend(Amount points, String paidPurchaseId, LocalDate date) {
        remaining = remaining.minus(points);
        return new PointsMovement(SPENT, id, paidPurchaseId, date, points, HOLDER_AVAILABLE, PROGRAMME);
    }

    PointsMovement giveBack(Amount points, String returnedPurchaseId, LocalDate date) {
        remaining = remaining.plus(points);
        return new PointsMovement(RETURNED, id, returnedPurchaseId, date, points, PROGRAMME, HOLDER_AVAILABLE);
    }

    PointsMovement takeBack(Amount points, String returnedPurchaseId, LocalDate date) {
        PointsMovement movement = new PointsMovement(TAKEN_BACK, id, returnedPurchaseId, date, points, holderAccount(),
                PROGRAMME);
        remaining = remaining.minus(points);
        return movement;
    }

    void close() {
        closed = true;
    }

    public long id() {
        return id;
    }

    public String purchaseId() {
        return purchaseId;
    }

    public LocalDate earnedOn() {
        return earnedOn;
    }

    public LocalDate spendableFrom() {
        return spendableFrom;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Amount earned() {
        return earned;
    }

    public Amount remaining() {
        return remaining;
    }

    /** All of the lot that ever expired, including points given back to it after its expiry day. */
    public Amount expired() {
        return expired;
    }

    public boolean isPending() {
        return !activated;
    }

    public boolean isClosed() {
        return closed;
    }
}
