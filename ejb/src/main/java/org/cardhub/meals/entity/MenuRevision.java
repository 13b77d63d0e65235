package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.cardhub.meals.entity.InvalidMenuException.Code.DISH_ORDERED;
import static org.cardhub.meals.entity.InvalidMenuException.Code.DISH_ORDERED_REMOVED;
import static org.cardhub.meals.entity.InvalidMenuException.Code.DISH_UNKNOWN;
import static org.cardhub.meals.entity.InvalidMenuException.Code.NAME_DUPLICATE;
import static org.cardhub.meals.entity.InvalidMenuException.Code.TOO_MANY_DISHES;

/**
 * A menu's new list of dishes, checked whole before anything of the menu changes: each dish's own rules in the order
 * sent (so the first wrong field is the one named), one name once, edited dishes of this menu only, and what parents
 * ordered kept — a dish in an order that counts keeps its name and price, a dish any order names stays on the menu.
 */
final class MenuRevision {

    /** A dish of the new list: the dish it edits (null for a new one) and its checked values. */
    record Row(Dish existing, String name, DishCategory category, Amount price, int portion, PortionUnit unit,
               Set<Allergen> allergens, boolean freeComplex) {
    }

    private MenuRevision() {
    }

    static List<Row> check(List<Dish> current, List<DishDraft> drafts, OrderedDishes orders) {
        if (drafts.size() > Menu.MAX_DISHES) {
            throw new InvalidMenuException(TOO_MANY_DISHES, "A menu has at most " + Menu.MAX_DISHES + " dishes, not " + drafts.size());
        }
        Map<Long, Dish> byId = new HashMap<>();
        current.forEach(dish -> byId.put(dish.id(), dish));
        Set<String> names = new HashSet<>();
        Set<Long> kept = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int row = 0; row < drafts.size(); row++) {
            DishDraft draft = drafts.get(row);
            String name = draft.checkedName(row);
            DishCategory category = draft.checkedCategory(row);
            Amount price = draft.checkedPrice(row);
            int portion = draft.checkedPortion(row);
            PortionUnit unit = draft.checkedUnit(row);
            if (!names.add(DishDraft.sameness(name))) {
                throw InvalidMenuException.atRow(NAME_DUPLICATE, row, "The menu already has a dish named " + name);
            }
            Dish existing = null;
            if (draft.id() != null) {
                existing = byId.get(draft.id());
                if (existing == null || !kept.add(draft.id())) {
                    throw InvalidMenuException.atRow(DISH_UNKNOWN, row, "No dish " + draft.id() + " on this menu");
                }
                if (orders.isOrdered(existing.id()) && (!existing.name().equals(name) || !existing.price().equals(price))) {
                    throw InvalidMenuException.aboutDish(DISH_ORDERED, row, existing, "Parents ordered " + existing.name()
                            + " at " + existing.price().toPlainString() + ": its name and price stay");
                }
            }
            rows.add(new Row(existing, name, category, price, portion, unit, draft.allergens(), draft.freeComplex()));
        }
        for (Dish dish : current) {
            if (!kept.contains(dish.id()) && orders.isNamed(dish.id())) {
                throw InvalidMenuException.aboutDish(DISH_ORDERED_REMOVED, null, dish, "Parents ordered " + dish.name()
                        + ": it stays on the menu");
            }
        }
        return rows;
    }
}
