package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.util.Set;

/** A dish of a published menu as the school's canteen terminals sell it: under its code, at its price, on the menu's date. */
public record MenuProduct(long dishId, String code, String name, DishCategory category, Amount price, int portion,
                          PortionUnit unit, Set<Allergen> allergens, boolean freeComplex) {

    public static MenuProduct of(Dish dish) {
        return new MenuProduct(dish.id(), dish.productCode(), dish.name(), dish.category(), dish.price(), dish.portion(),
                dish.portionUnit(), dish.allergens(), dish.isOfFreeComplex());
    }
}
