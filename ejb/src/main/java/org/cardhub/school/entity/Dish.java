package org.cardhub.school.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.Objects;

/** A dish of a canteen purchase: its name, how many, the price of one. */
public record Dish(String name, int quantity, Amount price) implements Serializable {

    public Dish {
        Objects.requireNonNull(name);
        Objects.requireNonNull(price);
    }

    /** What the line cost: the price of one times how many. */
    public Amount total() {
        return Amount.ofMinorUnits(Math.multiplyExact(price.minorUnits(), quantity), price.currency());
    }
}
