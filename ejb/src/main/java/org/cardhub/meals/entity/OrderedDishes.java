package org.cardhub.meals.entity;

import java.util.Map;
import java.util.Set;

/**
 * What parents ordered from one menu: the portions of each dish in orders that still count (waiting, served, or closed
 * on the day: every order but a cancelled one), how many such orders there are, and every dish any order names, a
 * cancelled one included (its lines still point at the dish).
 */
public record OrderedDishes(Map<Long, Integer> portions, int liveOrders, Set<Long> named) {

    public static final OrderedDishes NONE = new OrderedDishes(Map.of(), 0, Set.of());

    public OrderedDishes {
        portions = Map.copyOf(portions);
        named = Set.copyOf(named);
    }

    /** Whether an order that counts holds the dish: then its name and price stay as ordered. */
    public boolean isOrdered(Long dishId) {
        return dishId != null && portions.containsKey(dishId);
    }

    /** Whether any order names the dish: then it stays on the menu. */
    public boolean isNamed(Long dishId) {
        return dishId != null && (named.contains(dishId) || portions.containsKey(dishId));
    }

    public boolean hasLiveOrders() {
        return liveOrders > 0;
    }

    public int portionsOf(Long dishId) {
        return dishId == null ? 0 : portions.getOrDefault(dishId, 0);
    }
}
