package org.cardhub.meals.entity;

import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Spend;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.meals.entity.Menus.rub;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A pre-order's dishes and total come from the day's menu, exactly; it is changed or cancelled only while waiting, and
 * on its day it is released for a pupil who did not come by the deadline or served at lunch to one who did.
 */
class PreOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-08T00:00:00Z");
    private static final Instant LUNCH = Instant.parse("2026-12-08T02:00:00Z");

    private final Menu menu = Menus.tuesday();

    @Test
    void theTotalIsEachDishsPriceTimesItsQuantityToTheKopeckAndTheLinesFollowTheMenu() {
        List<PreOrderLine> lines = menu.linesFor(quantities(104L, 3, 101L, 1, 103L, 0));

        assertThat(lines).extracting(PreOrderLine::name, PreOrderLine::quantity)
                .containsExactly(tuple("Каша овсяная", 1), tuple("Булочка с маком", 3));
        assertThat(PreOrder.totalOf(lines)).isEqualTo(rub("135.00"));
        assertThat(order(lines).total()).isEqualTo(rub("135.00"));
    }

    @Test
    void aDishOffTheMenuAQuantityOutOfRangeOrNothingChosenIsRefused() {
        assertRefused(() -> menu.linesFor(quantities(999L, 1)), InvalidPreOrderException.Code.DISH_UNKNOWN);
        assertRefused(() -> menu.linesFor(quantities(101L, 11)), InvalidPreOrderException.Code.QUANTITY_RANGE);
        assertRefused(() -> menu.linesFor(quantities(101L, -1)), InvalidPreOrderException.Code.QUANTITY_RANGE);
        assertRefused(() -> menu.linesFor(quantities(101L, 0, 102L, 0)), InvalidPreOrderException.Code.NOTHING_CHOSEN);
        assertRefused(() -> menu.linesFor(Map.of()), InvalidPreOrderException.Code.NOTHING_CHOSEN);
    }

    @Test
    void theRefusalOfAQuantityNamesItsDish() {
        try {
            menu.linesFor(quantities(102L, 12));
        } catch (InvalidPreOrderException refused) {
            assertThat(refused.dishId()).isEqualTo(102L);
            return;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aWaitingOrderIsChangedInPlaceAndTheEarlierReservationIsTheOneToRelease() {
        PreOrder order = order(menu.linesFor(quantities(101L, 1)));
        OperationKey first = order.hold();

        assertThat(order.heldNow()).isEqualTo(first);
        order.place(menu, menu.linesFor(quantities(102L, 2)), key("second"), "request-2", "parent", NOW);

        assertThat(order.status()).isEqualTo(PreOrderStatus.WAITING);
        assertThat(order.total()).isEqualTo(rub("110.00"));
        assertThat(order.hold()).isEqualTo(key("second"));
        assertThat(order.isRepeatOf("request-2")).isTrue();
        assertThat(order.isRepeatOf("request-1")).isFalse();
        assertThat(order.releaseKey()).isNotEqualTo(new OperationKey("meals:release", first.key()));
    }

    @Test
    void aCancelledOrderHoldsNothingAndMayBePlacedAgainBeforeTheCutOff() {
        PreOrder order = order(menu.linesFor(quantities(101L, 1)));

        order.cancel("request-2", "parent", NOW);
        assertThat(order.status()).isEqualTo(PreOrderStatus.CANCELLED);
        assertThat(order.heldNow()).as("nothing to release when placing again").isNull();
        assertRefused(() -> order.cancel("request-3", "parent", NOW), InvalidPreOrderException.Code.NOT_CHANGEABLE);

        order.place(menu, menu.linesFor(quantities(103L, 1)), key("again"), "request-3", "parent", NOW);
        assertThat(order.status()).isEqualTo(PreOrderStatus.WAITING);
        assertThat(order.closedAt()).isNull();
    }

    @Test
    void aServedOrderNeitherChangesNorCancelsButTheCanteenMayMarkItNotServed() {
        PreOrder order = order(menu.linesFor(quantities(101L, 1)));
        order.served(77, LUNCH);

        assertRefused(() -> order.cancel("request-2", "parent", NOW), InvalidPreOrderException.Code.NOT_CHANGEABLE);
        assertRefused(() -> order.place(menu, menu.linesFor(quantities(101L, 2)), key("x"), "request-3", "parent", NOW),
                InvalidPreOrderException.Code.NOT_CHANGEABLE);
        assertRefused(() -> order.absent(LUNCH), InvalidPreOrderException.Code.NOT_CHANGEABLE);
        assertThat(order.entryId()).isEqualTo(77L);
        assertThat(order.status().isPaid()).isTrue();

        assertThat(order.notServed("canteen", LUNCH)).isEqualTo(PreOrderStatus.SERVED);
        assertThat(order.status()).isEqualTo(PreOrderStatus.NOT_SERVED);
        assertRefused(() -> order.notServed("canteen", LUNCH), InvalidPreOrderException.Code.NOT_CHANGEABLE);
    }

    @Test
    void anAbsentPupilsOrderIsReleasedAtTheDeadlineAndACameOnesServedAtLunch() {
        PreOrder order = order(menu.linesFor(quantities(101L, 1)));

        assertThat(order.dueAt(DEADLINE.minusSeconds(1), DEADLINE, LUNCH, false)).isEqualTo(PreOrder.Due.NOTHING);
        assertThat(order.dueAt(DEADLINE, DEADLINE, LUNCH, false)).isEqualTo(PreOrder.Due.RELEASE_ABSENT);
        assertThat(order.dueAt(DEADLINE, DEADLINE, LUNCH, true)).isEqualTo(PreOrder.Due.NOTHING);
        assertThat(order.dueAt(LUNCH, DEADLINE, LUNCH, true)).isEqualTo(PreOrder.Due.SERVE);
        assertThat(order.dueAt(LUNCH.plusSeconds(3600 * 30), DEADLINE, LUNCH, true)).as("a late run still serves")
                .isEqualTo(PreOrder.Due.SERVE);

        order.absent(DEADLINE);
        assertThat(order.status()).isEqualTo(PreOrderStatus.ABSENT);
        assertThat(order.status().isPaid()).isFalse();
        assertThat(order.dueAt(LUNCH, DEADLINE, LUNCH, true)).as("closed orders are done with").isEqualTo(PreOrder.Due.NOTHING);
    }

    @Test
    void theMoneyOperationsOfAPlacementHaveKeysOfTheirOwnAndServeTheDishesAsTheTillWould() {
        PreOrder order = order(menu.linesFor(quantities(104L, 2, 102L, 1)));

        assertThat(List.of(order.hold(), order.servingKey(), order.releaseKey(), order.refundKey())).doesNotHaveDuplicates()
                .allSatisfy(operation -> assertThat(operation.key()).isEqualTo(order.hold().key()));
        assertThat(order.lines()).extracting(PreOrderLine::asItem).containsExactly(
                new Spend.Item("Суп куриный с лапшой", "HOT_MEAL", 1, rub("55.00")),
                new Spend.Item("Булочка с маком", "BUFFET", 2, rub("30.00")));
    }

    private PreOrder order(List<PreOrderLine> lines) {
        return new PreOrder(9, menu, lines, key("first"), "request-1", "parent", NOW);
    }

    private static OperationKey key(String name) {
        return new OperationKey("meals:pre-order", "9:2026-12-08:" + name);
    }

    private static Map<Long, Integer> quantities(Object... dishAndQuantity) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (int i = 0; i < dishAndQuantity.length; i += 2) {
            quantities.put((Long) dishAndQuantity[i], (Integer) dishAndQuantity[i + 1]);
        }
        return quantities;
    }
}
