package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.util.Set;

/**
 * A dish of a menu as the supplier's page shows it: its terminal code, what it is, and what parents ordered of it —
 * {@code ordered}: its name and price stay; {@code named}: it stays on the menu.
 */
public record DishView(long id, String code, String name, DishCategory category, Amount price, int portion, PortionUnit unit,
                       Set<Allergen> allergens, boolean freeComplex, int orderedPortions, boolean ordered, boolean named) {

    public static DishView of(Dish dish, OrderedDishes orders) {
        return new DishView(dish.id(), dish.productCode(), dish.name(), dish.category(), dish.price(), dish.portion(),
                dish.portionUnit(), dish.allergens(), dish.isOfFreeComplex(), orders.portionsOf(dish.id()),
                orders.isOrdered(dish.id()), orders.isNamed(dish.id()));
    }
}
