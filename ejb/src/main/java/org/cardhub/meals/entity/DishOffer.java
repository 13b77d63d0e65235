package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.util.Set;

/** A dish as a parent sees it on the day's menu, with how many of it their order for the day holds. */
public record DishOffer(long dishId, String name, DishCategory category, Amount price, int portion, PortionUnit unit,
                        Set<Allergen> allergens, boolean freeComplex, int ordered) {

    public static DishOffer of(Dish dish, int ordered) {
        return new DishOffer(dish.id(), dish.name(), dish.category(), dish.price(), dish.portion(), dish.portionUnit(),
                dish.allergens(), dish.isOfFreeComplex(), ordered);
    }
}
