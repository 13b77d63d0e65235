package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

/** A line of a pre-order as shown: the dish, how many, its price each. */
public record OrderedDish(long dishId, String name, int quantity, Amount price) {

    public static OrderedDish of(PreOrderLine line) {
        return new OrderedDish(line.dishId(), line.name(), line.quantity(), line.price());
    }
}
