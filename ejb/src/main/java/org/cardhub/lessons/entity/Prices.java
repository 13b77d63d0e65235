package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.NOT_ROUBLES;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.PRICE_NOT_POSITIVE;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.Objects;

/** The one check every price of a lesson, a course or a subscription passes: roubles, greater than zero. */
final class Prices {

    private Prices() {
    }

    static Amount requirePrice(Amount price, String what) {
        requireRoubles(price, what);
        if (!price.isPositive()) {
            throw new InvalidSubscriptionException(PRICE_NOT_POSITIVE, what + " must cost more than zero, was " + price);
        }
        return price;
    }

    static Amount requireRoubles(Amount amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.currency() != Currency.RUB) {
            throw new InvalidSubscriptionException(NOT_ROUBLES, what + " must be in roubles, was " + amount);
        }
        return amount;
    }
}
