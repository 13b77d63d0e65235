package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidCardOrderException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class CardOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Vehicle KAMAZ = new Vehicle("КАМАЗ 65115", "А123ВС77", "Иванов И. И.", null);
    private static final Vehicle DRIVER_ONLY = new Vehicle(null, null, "Сидоров П. И.", null);
    private static final Vehicle MODEL_ONLY = new Vehicle("ГАЗель", null, null, null);
    private static final Delivery COURIER = Delivery.courier("Москва, ул. Ленина, 1");

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001, Integer.MAX_VALUE})
    void anOrderOfNoCardOrOfMoreThanTenThousandIsRefused(int count) {
        assertRefused(() -> CardOrder.place(1, CardForm.PLASTIC, count, List.of(), COURIER, "fleet", NOW), Code.COUNT_RANGE);
        assertRefused(() -> CardOrder.place(1, CardForm.VIRTUAL, count, List.of(), Delivery.nowhere(), "fleet", NOW),
                Code.COUNT_RANGE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void oneToTenThousandCardsMayBeOrdered(int count) {
        CardOrder order = CardOrder.place(1, CardForm.PLASTIC, count, List.of(), COURIER, "fleet", NOW);

        assertThat(order.count()).isEqualTo(count);
        assertThat(order.status()).isEqualTo(CardOrderStatus.SUBMITTED);
        assertThat(order.submittedBy()).isEqualTo("fleet");
        assertThat(order.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void tenThousandVirtualCardsEachWithItsHolderMayBeOrdered() {
        CardOrder order = CardOrder.place(1, CardForm.VIRTUAL, 10_000, Collections.nCopies(10_000, KAMAZ),
                Delivery.nowhere(), "fleet", NOW);

        assertThat(order.count()).isEqualTo(10_000);
    }

    @Test
    void moreHolderLinesThanCardsAreRefused() {
        assertRefused(() -> CardOrder.place(1, CardForm.PLASTIC, 1, List.of(KAMAZ, DRIVER_ONLY), COURIER, "fleet", NOW),
                Code.TOO_MANY_LINES);
    }

    @Test
    void aVirtualCardWithoutItsHolderIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> CardOrder.place(1, CardForm.VIRTUAL, 3, List.of(KAMAZ, DRIVER_ONLY), Delivery.nowhere(),
                "fleet", NOW)).isInstanceOfSatisfying(InvalidCardOrderException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(Code.HOLDER_REQUIRED);
                    assertThat(refused.line()).as("the third card has no line").isEqualTo(3);
                });
        assertThatThrownBy(() -> CardOrder.place(1, CardForm.VIRTUAL, 2, List.of(KAMAZ, MODEL_ONLY), Delivery.nowhere(),
                "fleet", NOW)).isInstanceOfSatisfying(InvalidCardOrderException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(Code.HOLDER_REQUIRED);
                    assertThat(refused.line()).as("a model names no holder").isEqualTo(2);
                });
        assertRefused(() -> CardOrder.place(1, CardForm.VIRTUAL, 1, List.of(), Delivery.nowhere(), "fleet", NOW),
                Code.HOLDER_REQUIRED);
    }

    @Test
    void plasticCardsNeedADeliveryAndVirtualOnesTravelNowhere() {
        assertRefused(() -> CardOrder.place(1, CardForm.PLASTIC, 2, List.of(), Delivery.nowhere(), "fleet", NOW),
                Code.DELIVERY_REQUIRED);

        CardOrder virtual = CardOrder.place(1, CardForm.VIRTUAL, 1, List.of(KAMAZ), COURIER, "fleet", NOW);

        assertThat(virtual.delivery().isNowhere()).isTrue();
    }

    @Test
    void thePlasticCardsBeyondTheGivenHoldersHaveEmptyLines() {
        CardOrder order = withId(CardOrder.place(1, CardForm.PLASTIC, 3, List.of(KAMAZ), Delivery.pickUp("MSK-CENTER"),
                "fleet", NOW), 42);

        List<CardOrderLine> lines = order.lines(List.of(KAMAZ));

        assertThat(lines).extracting(CardOrderLine::orderId, CardOrderLine::number).containsExactly(
                tuple(42L, 1), tuple(42L, 2), tuple(42L, 3));
        assertThat(lines.get(0).vehicle()).isEqualTo(KAMAZ);
        assertThat(lines.get(1).vehicle()).isEqualTo(new Vehicle(null, null, null, null));
        assertThat(lines.get(2).holder().name()).isEmpty();
    }

    @Test
    void aPlasticOrderIsIssuedFromABatchThenDeliveredAndSaysWhoDidEachStepAndWhen() {
        CardOrder order = plastic();

        order.issue(7, "backoffice", NOW);
        assertThatThrownBy(order::requireDelivered).isInstanceOf(InvalidCardOrderException.class);
        order.deliver("courier-desk", LATER);

        assertThat(order.status()).isEqualTo(CardOrderStatus.DELIVERED);
        assertThat(order.stockBatchId()).isEqualTo(7);
        assertThat(order.issuedBy()).isEqualTo("backoffice");
        assertThat(order.issuedAt()).isEqualTo(NOW);
        assertThat(order.deliveredBy()).isEqualTo("courier-desk");
        assertThat(order.deliveredAt()).isEqualTo(LATER);
        order.requireDelivered();
    }

    @Test
    void aVirtualOrderIsIssuedAndDeliveredAtOnce() {
        CardOrder order = CardOrder.place(1, CardForm.VIRTUAL, 1, List.of(DRIVER_ONLY), Delivery.nowhere(), "fleet", NOW);

        order.completeAtOnce("fleet", NOW);

        assertThat(order.status()).isEqualTo(CardOrderStatus.DELIVERED);
        assertThat(order.issuedAt()).isEqualTo(NOW).isEqualTo(order.deliveredAt());
        assertRefused(() -> order.issue(7, "backoffice", LATER), Code.WRONG_FORM);
        assertRefused(() -> order.deliver("backoffice", LATER), Code.WRONG_FORM);
    }

    @Test
    void plasticCardsAreNeitherMadeAtOnceNorDeliveredBeforeTheyAreIssued() {
        CardOrder order = plastic();

        assertRefused(() -> order.completeAtOnce("fleet", NOW), Code.WRONG_FORM);
        assertRefused(() -> order.deliver("backoffice", NOW), Code.STATUS_TRANSITION);
        order.issue(7, "backoffice", NOW);
        assertRefused(() -> order.issue(8, "backoffice", NOW), Code.STATUS_TRANSITION);
        assertThat(order.stockBatchId()).as("not moved to another batch").isEqualTo(7);
    }

    @Test
    void onlyASubmittedOrderIsCancelledAndOnlyWithAReason() {
        CardOrder submitted = plastic();
        assertRefused(() -> submitted.cancel("  ", "fleet", NOW), Code.REASON_REQUIRED);
        assertRefused(() -> submitted.cancel("x".repeat(501), "fleet", NOW), Code.REASON_FORMAT);

        submitted.cancel(" передумали ", "fleet", NOW);

        assertThat(submitted.status()).isEqualTo(CardOrderStatus.CANCELLED);
        assertThat(submitted.cancelReason()).isEqualTo("передумали");
        assertThat(submitted.cancelledBy()).isEqualTo("fleet");
        assertRefused(() -> submitted.issue(7, "backoffice", NOW), Code.STATUS_TRANSITION);

        CardOrder issued = plastic();
        issued.issue(7, "backoffice", NOW);
        assertRefused(() -> issued.cancel("too late", "fleet", NOW), Code.STATUS_TRANSITION);
        assertThat(issued.status()).isEqualTo(CardOrderStatus.ISSUED);
    }

    private static CardOrder plastic() {
        return CardOrder.place(1, CardForm.PLASTIC, 2, List.of(KAMAZ), COURIER, "fleet", NOW);
    }

    static CardOrder withId(CardOrder order, long id) {
        try {
            Field field = CardOrder.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(order, id);
            return order;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
