package org.cardhub.lessons.entity;

import org.cardhub.money.Amount;

import java.util.Objects;

/**
 * The lesson a visit took from a subscription and the revenue it recognised; {@code lastShare} when that revenue
 * carries the kopecks the price did not divide into, so that they are recognised once (and reversed with it).
 */
public record Consumption(long subscriptionId, Amount revenue, boolean lastShare) {

    public Consumption {
        Objects.requireNonNull(revenue, "revenue");
    }
}
