package org.cardhub.meals.entity;

import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.meals.entity.Menus.DAY;
import static org.cardhub.meals.entity.Menus.rub;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A teacher's group meal: ordered for today until the attendance deadline and for later days as far ahead as parents
 * order, never for a day gone; the same dishes for every pupil, priced from the menu to the kopeck; cancelled only while
 * ordered and before lunch time; marked served by the canteen on its day, or served by the clock at lunch; its money
 * operations keyed by the meal and the card.
 */
class GroupMealTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final CanteenRules RULES = CanteenRules.defaults(7);
    private static final Instant LUNCH = RULES.lunch(DAY, VLADIVOSTOK);

    private final Menu menu = Menus.tuesday();

    @Test
    void todayIsOrderedUntilTheAttendanceDeadlineLaterDaysAsFarAheadAsParentsOrderAndNoDayGone() {
        assertThat(RULES.refusalToOrderForClass(DAY, at(DAY, "09:59"), VLADIVOSTOK)).isEmpty();
        assertRefused(() -> refuse(DAY, at(DAY, "10:00")), InvalidGroupMealException.Code.ORDERS_CLOSED);
        assertThat(RULES.refusalToOrderForClass(DAY, at(DAY, "10:00"), VLADIVOSTOK).orElseThrow().until())
                .isEqualTo(RULES.attendanceDeadline(DAY, VLADIVOSTOK));

        assertThat(RULES.refusalToOrderForClass(DAY.plusDays(1), at(DAY, "23:30"), VLADIVOSTOK))
                .as("tomorrow has no cut-off of its own").isEmpty();
        assertThat(RULES.refusalToOrderForClass(DAY.plusDays(7), at(DAY, "08:00"), VLADIVOSTOK)).isEmpty();
        assertRefused(() -> refuse(DAY.plusDays(8), at(DAY, "08:00")), InvalidGroupMealException.Code.DAY_TOO_FAR);
        assertRefused(() -> refuse(DAY.minusDays(1), at(DAY, "08:00")), InvalidGroupMealException.Code.DAY_PAST);
    }

    @Test
    void theDaysAreOnTheSchoolsClock() {
        Instant moscowMorning = LocalDate.of(2026, 12, 8).atTime(8, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant();

        assertThat(RULES.refusalToOrderForClass(DAY, moscowMorning, ZoneId.of("Europe/Moscow"))).isEmpty();
        assertRefused(() -> refuse(DAY, moscowMorning), InvalidGroupMealException.Code.ORDERS_CLOSED);
    }

    @Test
    void eachPupilGetsTheSameDishesAtTheMenusPricesAndTheSummaryCountsWhoIsInAndWhatItCosts() {
        GroupMeal meal = ordered(quantities(101L, 1, 103L, 2));
        meal.held(700);
        meal.held(701);
        meal.free(702);
        meal.refused(703, GroupMealReason.FUNDS_SHORT);

        assertThat(meal.pupilTotal()).isEqualTo(rub("95.00"));
        assertThat(meal.dishes()).extracting(PreOrderLine::name, PreOrderLine::quantity)
                .containsExactly(tuple("Каша овсяная", 1), tuple("Компот", 2));
        assertThat(meal.pupils()).extracting(GroupMealPupil::amount).containsOnly(rub("95.00"));

        GroupMealSummary shown = GroupMealSummary.of(meal, "5А", Map.of(700L, "Петров Иван", 701L, "Иванова Анна",
                702L, "Сидоров Пётр", 703L, "Алексеев Борис"), true, false);
        assertThat(shown.heldCount()).isEqualTo(2);
        assertThat(shown.freeCount()).isEqualTo(1);
        assertThat(shown.heldTotal()).isEqualTo(rub("190.00"));
        assertThat(shown.freeTotal()).isEqualTo(rub("95.00"));
        assertThat(shown.refused()).extracting(GroupMealLine::name, GroupMealLine::reason)
                .containsExactly(tuple("Алексеев Борис", GroupMealReason.FUNDS_SHORT));
        assertThat(shown.pupils()).extracting(GroupMealLine::name)
                .as("by name").containsExactly("Алексеев Борис", "Иванова Анна", "Петров Иван", "Сидоров Пётр");
    }

    @Test
    void dishesOffTheMenuOutOfRangeNothingChosenOrNothingToPayAreRefused() {
        assertRefused(() -> GroupMeal.dishesOf(menu, quantities(999L, 1)), InvalidGroupMealException.Code.DISH_UNKNOWN);
        assertRefused(() -> GroupMeal.dishesOf(menu, quantities(101L, 11)), InvalidGroupMealException.Code.QUANTITY_RANGE);
        assertRefused(() -> GroupMeal.dishesOf(menu, quantities(101L, 0)), InvalidGroupMealException.Code.NOTHING_CHOSEN);
        assertThat(catchDish(() -> GroupMeal.dishesOf(menu, quantities(102L, 12)))).isEqualTo(102L);

        Menu free = new Menu(7, DAY, "supplier", Instant.EPOCH);
        free.add("Вода", DishCategory.DRINK, rub("0.00"), 200, PortionUnit.ML, java.util.Set.of(), false);
        assertRefused(() -> new GroupMeal(7, 5, free, List.of(new PreOrderLine(1, "Вода", "DRINK", 1, rub("0.00"))), "request-1",
                "teacher", Instant.EPOCH), InvalidGroupMealException.Code.NOTHING_TO_PAY);
    }

    @Test
    void anOrderIsCancelledBeforeLunchOnlyWhileOrderedAndCancellingTwiceChangesNothing() {
        GroupMeal meal = ordered(quantities(102L, 1));
        assertThat(meal.isCancellableAt(LUNCH.minusSeconds(1), LUNCH)).isTrue();
        assertThat(meal.isCancellableAt(LUNCH, LUNCH)).isFalse();
        assertRefused(() -> meal.cancel("teacher", LUNCH, LUNCH), InvalidGroupMealException.Code.NOT_CANCELLABLE);

        assertThat(meal.cancel("teacher", LUNCH.minusSeconds(60), LUNCH)).isTrue();
        assertThat(meal.status()).isEqualTo(GroupMealStatus.CANCELLED);
        assertThat(meal.closedAt()).isEqualTo(LUNCH.minusSeconds(60));
        assertThat(meal.cancel("teacher", LUNCH.minusSeconds(30), LUNCH)).as("again: nothing").isFalse();
        assertThat(meal.closedAt()).isEqualTo(LUNCH.minusSeconds(60));

        assertRefused(() -> meal.markServed("canteen", LUNCH, DAY), InvalidGroupMealException.Code.NOT_SERVABLE);
        assertThat(meal.serveIfDue(LUNCH.plusSeconds(60), LUNCH)).as("a cancelled meal is not served").isFalse();
    }

    @Test
    void aServedOrderNoLongerCancels() {
        GroupMeal meal = ordered(quantities(102L, 1));
        assertThat(meal.markServed("canteen", at(DAY, "11:30"), DAY)).isTrue();

        assertThat(meal.status()).isEqualTo(GroupMealStatus.SERVED);
        assertThat(meal.markServed("canteen", at(DAY, "11:40"), DAY)).as("again: nothing").isFalse();
        assertRefused(() -> meal.cancel("teacher", at(DAY, "11:45"), LUNCH), InvalidGroupMealException.Code.NOT_CANCELLABLE);
    }

    @Test
    void theCanteenMarksItServedOnItsDayNotBeforeAndTheClockServesItAtLunch() {
        GroupMeal meal = ordered(quantities(102L, 1));
        assertThat(meal.isServableOn(DAY.minusDays(1))).isFalse();
        assertRefused(() -> meal.markServed("canteen", at(DAY.minusDays(1), "12:00"), DAY.minusDays(1)),
                InvalidGroupMealException.Code.NOT_SERVABLE);

        assertThat(meal.serveIfDue(LUNCH.minusSeconds(1), LUNCH)).isFalse();
        assertThat(meal.status()).isEqualTo(GroupMealStatus.ORDERED);
        assertThat(meal.serveIfDue(LUNCH, LUNCH)).isTrue();
        assertThat(meal.status()).isEqualTo(GroupMealStatus.SERVED);
        assertThat(meal.serveIfDue(LUNCH.plusSeconds(300), LUNCH)).as("once").isFalse();
    }

    @Test
    void eachPupilsMoneyIsKeyedByTheMealAndTheCardAndAPaidPartIsPaidOnce() {
        GroupMeal meal = ordered(quantities(102L, 1));
        GroupMealPupil held = meal.held(700);
        GroupMealPupil free = meal.free(702);
        GroupMealPupil refused = meal.refused(703, GroupMealReason.PRE_ORDERED);

        assertThat(meal.holdKey(700)).isEqualTo(new OperationKey("meals:group-meal", "41/700"));
        assertThat(meal.servingKey(700)).isEqualTo(new OperationKey("meals:group-meal-serve", "41/700"));
        assertThat(meal.releaseKey(700)).isEqualTo(new OperationKey("meals:group-meal-release", "41/700"));
        assertThat(meal.freeMealKey(702)).isEqualTo(new OperationKey("meals:group-meal-free", "41/702"));
        assertThatThrownBy(() -> meal.held(700)).as("a pupil once").isInstanceOf(IllegalArgumentException.class);

        assertThat(List.of(held.awaitsPayment(), free.awaitsPayment(), refused.awaitsPayment())).containsExactly(true, true, false);
        held.paid(9001);
        free.unpaid(GroupMealReason.BUDGET_SHORT);
        assertThat(held.awaitsPayment()).isFalse();
        assertThat(free.awaitsPayment()).as("the budget is tried again").isTrue();
        free.paid(9002);
        assertThat(free.reason()).isNull();
        assertThat(free.awaitsPayment()).isFalse();
        assertThatThrownBy(() -> refused.paid(9003)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHoldThatCouldNotBeSettledIsNotTriedAgain() {
        GroupMealPupil held = ordered(quantities(102L, 1)).held(700);
        held.unpaid(GroupMealReason.NOT_SETTLED);
        assertThat(held.awaitsPayment()).isFalse();
    }

    @Test
    void theMoneyOperationsDeclinesBecomeTheReasonsThePageSays() {
        assertThat(GroupMealReason.of(DeclineCode.INSUFFICIENT_FUNDS)).isEqualTo(GroupMealReason.FUNDS_SHORT);
        assertThat(GroupMealReason.of(DeclineCode.LIMIT_EXCEEDED)).isEqualTo(GroupMealReason.LIMIT_EXCEEDED);
        assertThat(GroupMealReason.of(DeclineCode.PRODUCT_NOT_ALLOWED)).isEqualTo(GroupMealReason.CATEGORY_RESTRICTED);
        assertThat(GroupMealReason.of(DeclineCode.CARD_BLOCKED)).isEqualTo(GroupMealReason.CARD_BLOCKED);
        assertThat(GroupMealReason.of(DeclineCode.CARD_EXPIRED)).isEqualTo(GroupMealReason.CARD_INACTIVE);
        assertThat(GroupMealReason.of(DeclineCode.CONTRACT_INACTIVE)).isEqualTo(GroupMealReason.CONTRACT_INACTIVE);
        assertThat(GroupMealReason.of(DeclineCode.STATION_NOT_ALLOWED)).isEqualTo(GroupMealReason.DECLINED);
    }

    @Test
    void aRequestRepeatedIsForTheSameClassAndDay() {
        GroupMeal meal = ordered(quantities(102L, 1));
        assertThat(meal.isFor(5, DAY)).isTrue();
        assertThat(meal.isFor(6, DAY)).isFalse();
        assertThat(meal.isFor(5, DAY.plusDays(1))).isFalse();
    }

    private GroupMeal ordered(Map<Long, Integer> quantities) {
        GroupMeal meal = new GroupMeal(7, 5, menu, GroupMeal.dishesOf(menu, quantities), "request-1", "teacher",
                at(DAY.minusDays(1), "15:00"));
        try {
            Field id = GroupMeal.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(meal, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return meal;
    }

    private static void refuse(LocalDate day, Instant now) {
        RULES.refusalToOrderForClass(day, now, VLADIVOSTOK).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private static Long catchDish(Runnable action) {
        try {
            action.run();
        } catch (InvalidGroupMealException refused) {
            return refused.dishId();
        }
        throw new AssertionError("not refused");
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(VLADIVOSTOK).toInstant();
    }

    private static Map<Long, Integer> quantities(Object... pairs) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            quantities.put((Long) pairs[i], (Integer) pairs[i + 1]);
        }
        return quantities;
    }
}
