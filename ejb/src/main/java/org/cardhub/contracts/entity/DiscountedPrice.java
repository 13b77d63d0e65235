package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;

/**
 * A price with its tariff discount taken off: {@code price} as the station asked it, {@code discount} in money,
 * {@code amount} what the card pays ({@code price - discount}), and the rate in basis points.
 */
public record DiscountedPrice(Amount price, Amount discount, Amount amount, int basisPoints) {

    public boolean isDiscounted() {
        return discount.isPositive();
    }
}
