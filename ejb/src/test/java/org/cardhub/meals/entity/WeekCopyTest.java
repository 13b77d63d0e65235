package org.cardhub.meals.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A week is copied onto another Monday onto Monday: days with a menu become drafts, days gone are left alone, and days
 * that already have a menu are replaced only when asked to — otherwise the copy is refused naming them.
 */
class WeekCopyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Map<LocalDate, Menu> sources = new HashMap<>();
    private final Map<LocalDate, Menu> targets = new HashMap<>();

    @Test
    void eachDayWithAMenuIsCopiedOntoTheSameWeekdayAndDaysWithoutOneAreSaid() {
        sources.put(FROM, menu(FROM, "Каша"));
        sources.put(FROM.plusDays(2), menu(FROM.plusDays(2), "Суп"));
        sources.put(FROM.plusDays(3), new Menu(7, FROM.plusDays(3), "supplier", NOW));

        WeekCopy copy = WeekCopy.plan(FROM.plusDays(4), TO.plusDays(1), sources, targets, TO.minusDays(3), false);

        assertThat(copy.days()).extracting(WeekCopy.Day::target).containsExactly(TO, TO.plusDays(2));
        assertThat(copy.withoutMenu()).containsExactly(FROM.plusDays(1), FROM.plusDays(3), FROM.plusDays(4));
        assertThat(copy.result().copied()).containsExactly(TO, TO.plusDays(2));
        assertThat(copy.result().days()).isEqualTo(2);
    }

    @Test
    void daysThatHaveMenusAreReplacedOnlyWhenAskedTo() {
        sources.put(FROM, menu(FROM, "Каша"));
        sources.put(FROM.plusDays(1), menu(FROM.plusDays(1), "Суп"));
        targets.put(TO.plusDays(1), menu(TO.plusDays(1), "Плов"));

        assertThatThrownBy(() -> WeekCopy.plan(FROM, TO, sources, targets, TO, false))
                .isInstanceOfSatisfying(InvalidMenuException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidMenuException.Code.TARGET_TAKEN);
                    assertThat(refused.dates()).containsExactly(TO.plusDays(1));
                });
        WeekCopy replacing = WeekCopy.plan(FROM, TO, sources, targets, TO, true);
        assertThat(replacing.result().copied()).containsExactly(TO);
        assertThat(replacing.result().replaced()).containsExactly(TO.plusDays(1));
    }

    @Test
    void daysGoneAreLeftAloneAndAWeekWhollyGoneOrEmptyOrItselfIsRefused() {
        sources.put(FROM, menu(FROM, "Каша"));
        sources.put(FROM.plusDays(4), menu(FROM.plusDays(4), "Рыба"));

        WeekCopy copy = WeekCopy.plan(FROM, TO, sources, targets, TO.plusDays(2), false);
        assertThat(copy.past()).containsExactly(TO);
        assertThat(copy.result().copied()).containsExactly(TO.plusDays(4));

        assertRefused(() -> WeekCopy.plan(FROM, TO, sources, targets, TO.plusDays(5), false), InvalidMenuException.Code.DATE_PAST);
        assertRefused(() -> WeekCopy.plan(TO, FROM, Map.of(), targets, FROM, false), InvalidMenuException.Code.NOTHING_TO_COPY);
        assertRefused(() -> WeekCopy.plan(FROM, FROM.plusDays(3), sources, targets, FROM, false), InvalidMenuException.Code.SAME_WEEK);
    }

    private static Menu menu(LocalDate day, String dish) {
        Menu menu = new Menu(7, day, "supplier", NOW);
        menu.revise(List.of(new DishDraft(null, dish, DishCategory.HOT_MEAL, "50", 200, PortionUnit.G, Set.of(), false)),
                OrderedDishes.NONE, day, "supplier", NOW);
        return menu;
    }
}
