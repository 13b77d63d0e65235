package org.cardhub.bonus.entity;

import java.util.List;
import java.util.Optional;

/** What a book knows of one purchase: whether it earned (and its lot, if it earned any points), its payment, its return. */
final class BonusPurchase {

    private boolean earned;
    private PointsLot lot;
    private PointsPayment payment;
    private boolean returned;

    static BonusPurchase restore(PurchaseState state, List<PointsLot> lots, List<PointsMovement> movements) {
        BonusPurchase purchase = new BonusPurchase();
        purchase.earned = state.earned();
        purchase.lot = state.lotId() == null ? null : lots.get((int) (long) state.lotId() - 1);
        List<PointsPayment.LotShare> shares = movements.stream()
                .filter(movement -> movement.kind() == PointsMovement.Kind.SPENT
                        && movement.purchaseId().equals(state.purchaseId()))
                .map(movement -> new PointsPayment.LotShare(movement.lotId(), movement.points())).toList();
        purchase.payment = shares.isEmpty() ? null : PointsPayment.of(state.purchaseId(), shares);
        purchase.returned = state.returned();
        return purchase;
    }

    PurchaseState state(String purchaseId) {
        return new PurchaseState(purchaseId, earned, lot == null ? null : lot.id(), returned);
    }

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
