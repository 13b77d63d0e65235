package org.cardhub.bonus.entity;

import java.util.Optional;

/** What a book knows of one purchase: whether it earned (and its lot, if it earned any points), its payment, its return. */
final class BonusPurchase {

    private boolean earned;
    private PointsLot lot;
    private PointsPayment payment;
    private boolean returned;

    boolean hasEarned() {
        return earned;
    }

    void earned(PointsLot earnedLot) {
        earned = true;
        lot = earnedLot;
    }

    Optional<PointsLot> lot() {
        return Optional.ofNullable(lot);
    }

    Optional<PointsPayment> payment() {
        return Optional.ofNullable(payment);
    }

    void paid(PointsPayment pointsPayment) {
        payment = pointsPayment;
    }

    boolean isReturned() {
        return returned;
    }

    void returned() {
        returned = true;
    }
}
