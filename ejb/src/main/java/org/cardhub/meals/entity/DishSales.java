package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * How much of one dish the canteen sold (less what was taken back), by the dishes the sales were booked with; a
 * {@code name} of null stands for what sales without their dishes listed (a terminal that sent none, an offline sale)
 * came to, whose quantity is not known.
 */
public record DishSales(String name, Long quantity, Amount amount) implements Serializable {

    public boolean isItemised() {
        return name != null;
    }
}
