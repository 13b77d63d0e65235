package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.DAYS_NOT_POSITIVE;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.LESSONS_NOT_POSITIVE;

import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.util.Objects;

/** What a group sells: so many lessons, to be used within so many days from the first, for a price in roubles. */
public record SubscriptionOffer(int lessons, int validDays, Amount price) {

    public SubscriptionOffer {
        if (lessons <= 0) {
            throw new InvalidSubscriptionException(LESSONS_NOT_POSITIVE, "An offer has at least one lesson, was " + lessons);
        }
        if (validDays <= 0) {
            throw new InvalidSubscriptionException(DAYS_NOT_POSITIVE, "An offer is valid at least one day, was " + validDays);
        }
        Prices.requirePrice(price, "A subscription");
    }

    /** The subscription this offer makes, valid from a day of the organisation's calendar for its days, that day included. */
    public Subscription sell(long subscriptionId, LocalDate validFrom) {
        Objects.requireNonNull(validFrom, "validFrom");
        return new Subscription(subscriptionId, lessons, validFrom, validFrom.plusDays(validDays - 1L), price);
    }
}
