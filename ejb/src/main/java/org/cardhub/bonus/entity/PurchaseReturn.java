package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

import java.util.List;

/**
 * What returning a purchase did to the holder's points.
 *
 * @param givenBack  the points that had paid for the purchase, given back to the lots they came from
 * @param takenBack  the points the purchase had earned, taken back from its own lot and, for those of it already
 *                   spent, from the holder's other points, oldest first
 * @param shortfall  earned points already spent that the holder's other points could not cover: the points never
 *                   go negative, so the book records no debt; the shop may deduct it from the refund (1 point = 1 ₽)
 * @param movements  every movement the return made, in order
 */
public record PurchaseReturn(String purchaseId, Amount givenBack, Amount takenBack, Amount shortfall,
                             List<PointsMovement> movements) {

    public PurchaseReturn {
        movements = List.copyOf(movements);
    }
}
