package org.cardhub.meals.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.meals.entity.Menus.DAY;
import static org.cardhub.meals.entity.Menus.rub;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * The supplier changes a menu whole: dishes edited in place (keeping their ids, so orders and terminal codes stay),
 * added, removed and reordered as sent, or nothing at all when one field is wrong; two dishes of one name refused; a day
 * gone is history. What parents ordered stays: an ordered dish keeps its name and price and its place on the menu, and a
 * menu with waiting orders stays published.
 */
class MenuTest {

    private static final LocalDate BEFORE = DAY.minusDays(2);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final Menu menu = Menus.tuesday();

    @Test
    void dishesAreEditedInPlaceAddedRemovedAndReorderedAsSent() {
        List<DishDraft> drafts = List.of(
                edited(103, "Компот из сухофруктов", "27,50"),
                DishDraft.of(dish(101)),
                new DishDraft(null, "Шоколадный батончик", DishCategory.SWEETS, "40", 50, PortionUnit.G, Set.of(Allergen.MILK), false));

        menu.revise(drafts, OrderedDishes.NONE, BEFORE, "supplier", NOW);

        assertThat(menu.dishes()).extracting(Dish::position, Dish::id, Dish::name, Dish::price)
                .containsExactly(tuple(1, 103L, "Компот из сухофруктов", rub("27.50")), tuple(2, 101L, "Каша овсяная", rub("45.00")),
                        tuple(3, null, "Шоколадный батончик", rub("40.00")));
        assertThat(menu.dishes().get(0).productCode()).isEqualTo("MENU-103");
        assertThat(menu.isPublished()).as("a published menu stays published, changed at once").isTrue();
    }

    @Test
    void oneWrongFieldRefusesTheWholeChangeAndNamesItsRow() {
        List<DishDraft> drafts = new ArrayList<>(all());
        drafts.set(0, edited(101, "Каша овсяная", "50"));
        drafts.set(2, edited(103, "Компот", "12,345"));

        assertThatThrownBy(() -> menu.revise(drafts, OrderedDishes.NONE, BEFORE, "supplier", NOW))
                .isInstanceOfSatisfying(InvalidMenuException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidMenuException.Code.PRICE_SCALE);
                    assertThat(refused.row()).isEqualTo(2);
                });
        assertThat(dish(101).price()).as("nothing changed").isEqualTo(rub("45.00"));
    }

    @Test
    void twoDishesOfOneNameADishOfAnotherMenuAndTooManyDishesAreRefused() {
        List<DishDraft> twice = new ArrayList<>(all());
        twice.add(new DishDraft(null, " компот ", DishCategory.DRINK, "20", 200, PortionUnit.ML, Set.of(), false));
        assertThatThrownBy(() -> menu.revise(twice, OrderedDishes.NONE, BEFORE, "supplier", NOW))
                .isInstanceOfSatisfying(InvalidMenuException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidMenuException.Code.NAME_DUPLICATE);
                    assertThat(refused.row()).isEqualTo(4);
                });
        assertRefused(() -> menu.revise(List.of(edited(999, "Суп", "50")), OrderedDishes.NONE, BEFORE, "supplier", NOW),
                InvalidMenuException.Code.DISH_UNKNOWN);
        List<DishDraft> many = new ArrayList<>();
        for (int i = 0; i <= Menu.MAX_DISHES; i++) {
            many.add(new DishDraft(null, "Блюдо " + i, DishCategory.BUFFET, "10", 100, PortionUnit.G, Set.of(), false));
        }
        assertRefused(() -> menu.revise(many, OrderedDishes.NONE, BEFORE, "supplier", NOW), InvalidMenuException.Code.TOO_MANY_DISHES);
    }

    @Test
    void anOrderedDishKeepsItsNameAndPriceAndItsPlaceButItsAllergensMayBeCorrected() {
        OrderedDishes soupOrdered = new OrderedDishes(Map.of(102L, 3), 2, Set.of(102L, 104L));

        assertThatThrownBy(() -> menu.revise(with(edited(102, "Суп куриный с лапшой", "60")), soupOrdered, BEFORE, "supplier", NOW))
                .isInstanceOfSatisfying(InvalidMenuException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidMenuException.Code.DISH_ORDERED);
                    assertThat(refused.dishName()).isEqualTo("Суп куриный с лапшой");
                    assertThat(refused.price()).isEqualTo(rub("55.00"));
                    assertThat(refused.row()).isEqualTo(1);
                });
        assertRefused(() -> menu.revise(with(edited(102, "Суп овощной", "55")), soupOrdered, BEFORE, "supplier", NOW),
                InvalidMenuException.Code.DISH_ORDERED);
        assertRefused(() -> menu.revise(all().subList(0, 1), soupOrdered, BEFORE, "supplier", NOW),
                InvalidMenuException.Code.DISH_ORDERED_REMOVED);
        List<DishDraft> withoutTheBun = new ArrayList<>(all().subList(0, 3));
        assertThatThrownBy(() -> menu.revise(withoutTheBun, soupOrdered, BEFORE, "supplier", NOW))
                .as("a cancelled order's dish stays on the menu too").isInstanceOfSatisfying(InvalidMenuException.class,
                        refused -> assertThat(refused.dishName()).isEqualTo("Булочка с маком"));

        DishDraft soup = DishDraft.of(dish(102));
        menu.revise(with(new DishDraft(102L, soup.name(), soup.category(), "55,00", 300, PortionUnit.ML, Set.of(Allergen.CELERY), true)),
                soupOrdered, BEFORE, "supplier", NOW);
        menu.revise(with(edited(104, "Булочка с маком", "32")), soupOrdered, BEFORE, "supplier", NOW);

        assertThat(dish(102).portion()).isEqualTo(300);
        assertThat(dish(102).allergens()).containsExactly(Allergen.CELERY);
        assertThat(dish(104).price()).as("only cancelled orders named it").isEqualTo(rub("32.00"));
    }

    @Test
    void aDayGoneIsHistoryAndTodayStillChanges() {
        assertRefused(() -> menu.revise(all(), OrderedDishes.NONE, DAY.plusDays(1), "supplier", NOW), InvalidMenuException.Code.DATE_PAST);
        assertRefused(() -> menu.publish(DAY.plusDays(1), "supplier", NOW), InvalidMenuException.Code.DATE_PAST);
        assertRefused(() -> menu.unpublish(OrderedDishes.NONE, DAY.plusDays(1), "supplier", NOW), InvalidMenuException.Code.DATE_PAST);

        menu.revise(with(edited(101, "Каша овсяная", "46")), OrderedDishes.NONE, DAY, "supplier", NOW);

        assertThat(dish(101).price()).isEqualTo(rub("46.00"));
    }

    @Test
    void aPublishedMenuKeepsADishAndADraftMayBeEmptied() {
        assertRefused(() -> menu.revise(List.of(), OrderedDishes.NONE, BEFORE, "supplier", NOW), InvalidMenuException.Code.MENU_EMPTY);

        Menu draft = new Menu(7, DAY, "supplier", NOW);
        draft.revise(List.of(), OrderedDishes.NONE, BEFORE, "supplier", NOW);
        assertRefused(() -> draft.publish(BEFORE, "supplier", NOW), InvalidMenuException.Code.MENU_EMPTY);
    }

    @Test
    void aMenuIsPublishedAndTakenBackOnlyWhileNoOrderWaitsOnIt() {
        Menu draft = Menus.tuesday();
        draft.unpublish(OrderedDishes.NONE, BEFORE, "supplier", NOW);
        assertThat(draft.status()).isEqualTo(MenuStatus.DRAFT);
        assertThat(draft.publishedAt()).isNull();

        draft.publish(BEFORE, "supplier", NOW);
        assertThat(draft.isPublished()).isTrue();
        assertThat(draft.publishedAt()).isEqualTo(NOW);

        assertRefused(() -> draft.unpublish(new OrderedDishes(Map.of(101L, 1), 1, Set.of(101L)), BEFORE, "supplier", NOW),
                InvalidMenuException.Code.HAS_ORDERS);
        draft.unpublish(new OrderedDishes(Map.of(), 0, Set.of(101L)), BEFORE, "supplier", NOW);
        assertThat(draft.status()).as("only cancelled orders").isEqualTo(MenuStatus.DRAFT);
    }

    @Test
    void aCopyIsADraftOfTheSameDishesAndAReplacedMenuBecomesOne() {
        Menu copy = menu.copyTo(DAY.plusWeeks(1), 42L, BEFORE, "supplier", NOW);

        assertThat(copy.status()).isEqualTo(MenuStatus.DRAFT);
        assertThat(copy.date()).isEqualTo(DAY.plusWeeks(1));
        assertThat(copy.copiedFromId()).isEqualTo(55L);
        assertThat(copy.supplierId()).isEqualTo(42L);
        assertThat(copy.dishes()).extracting(Dish::name, Dish::price, Dish::isOfFreeComplex)
                .containsExactlyElementsOf(menu.dishes().stream().map(dish -> tuple(dish.name(), dish.price(), dish.isOfFreeComplex()))
                        .toList());

        Menu target = Menus.tuesday();
        Menu source = new Menu(7, DAY.minusWeeks(1), "supplier", NOW);
        source.revise(List.of(new DishDraft(null, "Плов", DishCategory.HOT_MEAL, "120", 250, PortionUnit.G, Set.of(), true)),
                OrderedDishes.NONE, DAY.minusWeeks(1), "supplier", NOW);
        target.replaceWith(source, OrderedDishes.NONE, BEFORE, "supplier", NOW);
        assertThat(target.status()).isEqualTo(MenuStatus.DRAFT);
        assertThat(target.dishes()).extracting(Dish::name).containsExactly("Плов");
    }

    private Dish dish(long id) {
        return menu.dish(id).orElseThrow();
    }

    private List<DishDraft> all() {
        return menu.dishes().stream().map(DishDraft::of).toList();
    }

    /** All the menu's dishes as they are, but {@code changed} in its place. */
    private List<DishDraft> with(DishDraft changed) {
        return all().stream().map(draft -> draft.id().equals(changed.id()) ? changed : draft).toList();
    }

    private DishDraft edited(long id, String name, String price) {
        Dish dish = menu.dish(id).orElse(null);
        return dish == null ? new DishDraft(id, name, DishCategory.HOT_MEAL, price, 100, PortionUnit.G, Set.of(), false)
                : new DishDraft(id, name, dish.category(), price, dish.portion(), dish.portionUnit(), dish.allergens(),
                dish.isOfFreeComplex());
    }
}
