package org.cardhub.tools.school;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The school canteen's dishes and what a pupil takes: the first five dishes of the demo menu of each weekday
 * (server-config/demo/R__demo_school_with_meals.sql) — the breakfast dish, the soup, the main course, the drink (the
 * last three the free complex) and a buffet pastry — and the meals made of them.
 */
final class Canteen {

    /** A dish as the till and the meals timer write it: name, category, price in kopecks. */
    record Dish(String name, String category, long price) {
    }

    /** What is taken at one purchase: the dishes' positions on the day's menu. */
    enum Meal {
        /** Soup, main course and drink: the complex. */
        COMPLEX(2, 3, 4),
        MAIN_AND_DRINK(3, 4),
        BREAKFAST_AND_DRINK(1, 4),
        SOUP_AND_MAIN(2, 3),
        BREAKFAST(1),
        BUFFET(5),
        /** A beneficiary's free meal: the free complex, paid by the school's meal budget. */
        FREE(2, 3, 4);

        private final int[] positions;

        Meal(int... positions) {
            this.positions = positions;
        }

        /** The category of the purchase: its first dish's, or FREE_MEAL for a free meal. */
        String category(DayOfWeek weekday) {
            return this == FREE ? "FREE_MEAL" : dishes(weekday).get(0).category();
        }

        List<Dish> dishes(DayOfWeek weekday) {
            Dish[] menu = MENU[weekday.getValue() - 1];
            return java.util.Arrays.stream(positions).mapToObj(position -> menu[position - 1]).toList();
        }

        long price(DayOfWeek weekday) {
            return dishes(weekday).stream().mapToLong(Dish::price).sum();
        }
    }

    private static final Dish[][] MENU = {
        {dish("Каша овсяная с маслом", "HOT_MEAL", 4500), dish("Суп куриный с лапшой", "HOT_MEAL", 5500),
            dish("Котлета с картофельным пюре", "HOT_MEAL", 9500), dish("Компот из сухофруктов", "DRINK", 2500),
            dish("Салат из свёклы с черносливом", "BUFFET", 3000)},
        {dish("Омлет с сыром", "HOT_MEAL", 6000), dish("Борщ со сметаной", "HOT_MEAL", 6000),
            dish("Тефтели с рисом", "HOT_MEAL", 9000), dish("Кисель ягодный", "DRINK", 2500),
            dish("Пирожок с капустой", "BUFFET", 3500)},
        {dish("Каша гречневая молочная", "HOT_MEAL", 4500), dish("Суп гороховый", "HOT_MEAL", 5000),
            dish("Рыба запечённая с картофелем", "HOT_MEAL", 11000), dish("Компот из свежих яблок", "DRINK", 2500),
            dish("Ватрушка с творогом", "BUFFET", 4000)},
        {dish("Сырники со сметаной", "HOT_MEAL", 8500), dish("Щи из свежей капусты", "HOT_MEAL", 5000),
            dish("Курица отварная с макаронами", "HOT_MEAL", 10000), dish("Морс клюквенный", "DRINK", 3000),
            dish("Булочка с маком", "BUFFET", 3000)},
        {dish("Запеканка творожная", "HOT_MEAL", 7500), dish("Суп рыбный", "HOT_MEAL", 6000),
            dish("Плов с курицей", "HOT_MEAL", 12000), dish("Компот из сухофруктов", "DRINK", 2500),
            dish("Пицца школьная", "BUFFET", 5500)},
    };

    private Canteen() {
    }

    private static Dish dish(String name, String category, long price) {
        return new Dish(name, category, price);
    }
}
