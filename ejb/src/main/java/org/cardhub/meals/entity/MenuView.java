package org.cardhub.meals.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day's menu as the supplier's page shows it: none yet ({@code status} null), a draft or published, the version the
 * page read (a save names it, so a change made meanwhile is not overwritten), whether the day may still change, how many
 * parents' orders that count it holds, and its dishes in order.
 */
public record MenuView(LocalDate date, Long menuId, MenuStatus status, Long version, boolean changeable, int liveOrders,
                       List<DishView> dishes) {

    public MenuView {
        dishes = List.copyOf(dishes);
    }

    public static MenuView of(LocalDate date, Optional<Menu> menu, OrderedDishes orders, LocalDate today) {
        return menu.map(found -> new MenuView(date, found.id(), found.status(), found.version(), found.isChangeable(today),
                        orders.liveOrders(), found.dishes().stream().map(dish -> DishView.of(dish, orders)).toList()))
                .orElseGet(() -> new MenuView(date, null, null, null, !date.isBefore(today), 0, List.of()));
    }

    public boolean exists() {
        return status != null;
    }

    public boolean isPublished() {
        return status == MenuStatus.PUBLISHED;
    }
}
