package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.payments.entity.Spend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a beneficiary's free meal is on a day, and when it is given: the menu's dishes marked as the free complex, one
 * of each, or — when the menu marks none — the school's set meal at its free meal price; given once a day, from lunch
 * time, to a beneficiary who came through the turnstile by the attendance deadline.
 */
public final class FreeMealPlan {

    private FreeMealPlan() {
    }

    /** The dishes of the day's free meal; none when neither the menu nor the school's rules say what it is. */
    public static List<Spend.Item> itemsFor(Menu menu, CanteenRules rules) {
        List<Spend.Item> complex = menu.freeComplex().stream()
                .map(dish -> new Spend.Item(dish.name(), dish.category().name(), 1, dish.price())).toList();
        boolean costsSomething = complex.stream().anyMatch(item -> item.price().isPositive());
        if (costsSomething) {
            return complex;
        }
        Optional<Amount> price = rules.freeMealPrice();
        return price.map(amount -> List.of(new Spend.Item(rules.freeMealName(), DishCategory.HOT_MEAL.name(), 1, amount)))
                .orElse(List.of());
    }

    /** Whether the free meal of {@code day} is due at {@code now}; never when one was given that day already. */
    public static boolean isDue(MealBenefit benefit, LocalDate day, Instant now, Instant lunch, boolean givenAlready,
                                boolean enteredByDeadline) {
        return !givenAlready && benefit.coversDay(day) && !now.isBefore(lunch) && enteredByDeadline;
    }
}
