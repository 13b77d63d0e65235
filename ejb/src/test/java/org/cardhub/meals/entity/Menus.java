package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A published demo-like menu for the tests, its dishes numbered as the database would (ids 101, 102…). */
final class Menus {

    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private Menus() {
    }

    /** Каша 45,00 ₽, Суп 55,00 ₽ and Компот 25,00 ₽ (both of the free complex), Булочка 30,00 ₽. */
    static Menu tuesday() {
        Menu menu = new Menu(7, DAY, "supplier", Instant.parse("2026-12-01T00:00:00Z"));
        menu.add("Каша овсяная", DishCategory.HOT_MEAL, rub("45.00"), 200, PortionUnit.G, Set.of(Allergen.MILK), false);
        menu.add("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), 250, PortionUnit.ML, Set.of(), true);
        menu.add("Компот", DishCategory.DRINK, rub("25.00"), 200, PortionUnit.ML, Set.of(), true);
        menu.add("Булочка с маком", DishCategory.BUFFET, rub("30.00"), 80, PortionUnit.G, Set.of(Allergen.GLUTEN), false);
        menu.publish("supplier", Instant.parse("2026-12-01T00:00:00Z"));
        numberDishes(menu);
        return menu;
    }

    static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    private static void numberDishes(Menu menu) {
        try {
            Field id = Dish.class.getDeclaredField("id");
            id.setAccessible(true);
            long next = 101;
            for (Dish dish : menu.dishes()) {
                id.set(dish, next++);
            }
            Field menuId = Menu.class.getDeclaredField("id");
            menuId.setAccessible(true);
            menuId.set(menu, 55L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
