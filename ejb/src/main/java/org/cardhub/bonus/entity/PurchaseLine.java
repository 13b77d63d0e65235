package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.PURCHASE_INVALID;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

/** One line of a check: what category of goods it is (which decides whether it earns) and its price in roubles. */
public record PurchaseLine(String category, Amount price) {

    public PurchaseLine {
        if (category == null || category.isBlank()) {
            throw new BonusRefusal(PURCHASE_INVALID, "A purchase line needs a category");
        }
        if (price == null || price.currency() != Currency.RUB || !price.isPositive()) {
            throw new BonusRefusal(PURCHASE_INVALID, "A purchase line's price must be positive roubles, was " + price);
        }
        category = category.strip();
    }

    public static PurchaseLine of(String category, String roubles) {
        return new PurchaseLine(category, Amount.parse(roubles, Currency.RUB));
    }
}
