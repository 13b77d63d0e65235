package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.List;

/**
 * How many points paid for a purchase (the rest is paid in money), and which lots they came from, oldest first: a
 * return gives each lot back its share.
 */
public record PointsPayment(String purchaseId, Amount points, List<LotShare> shares) {

    public PointsPayment {
        shares = List.copyOf(shares);
    }

    static PointsPayment of(String purchaseId, List<LotShare> shares) {
        return new PointsPayment(purchaseId,
                shares.stream().map(LotShare::points).reduce(Amount.zero(Currency.POINTS), Amount::plus), shares);
    }

    public record LotShare(long lotId, Amount points) {
    }
}
