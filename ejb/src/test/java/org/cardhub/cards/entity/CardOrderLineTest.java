package org.cardhub.cards.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardOrderLineTest {

    @Test
    void aLineWithAPlateIsForTheVehicleNamedByItsModelAndPlate() {
        assertThat(line(new Vehicle("КАМАЗ 65115", "а123вс77", "Иванов", null)).holder())
                .isEqualTo(new Card.Holder(HolderKind.VEHICLE, "КАМАЗ 65115, А123ВС77", null));
        assertThat(line(new Vehicle(null, "А123ВС77", null, null)).holder())
                .isEqualTo(new Card.Holder(HolderKind.VEHICLE, "А123ВС77", null));
    }

    @Test
    void aLineWithADriverAndNoPlateIsForTheDriver() {
        assertThat(line(new Vehicle("ГАЗель", null, "Сидоров Пётр", null)).holder())
                .isEqualTo(new Card.Holder(HolderKind.DRIVER, "Сидоров Пётр", null));
    }

    @Test
    void aPlateOrADriverNamesAHolderAModelAloneDoesNot() {
        assertThat(CardOrderLine.namesAHolder(new Vehicle(null, "А123ВС77", null, null))).isTrue();
        assertThat(CardOrderLine.namesAHolder(new Vehicle(null, null, "Сидоров", null))).isTrue();
        assertThat(CardOrderLine.namesAHolder(new Vehicle("ГАЗель", null, null, 80_000L))).isFalse();
        assertThat(line(new Vehicle("ГАЗель", null, null, null)).holder().name()).isEqualTo("ГАЗель");
    }

    @Test
    void aLineIsMadeIntoOneCardOnly() {
        CardOrderLine line = line(new Vehicle(null, "А123ВС77", null, null));
        Card card = card(15);
        line.madeInto(card);

        assertThat(line.cardId()).isEqualTo(15);
        assertThatThrownBy(() -> line.madeInto(card(16))).isInstanceOf(IllegalStateException.class);
    }

    private static CardOrderLine line(Vehicle vehicle) {
        CardOrder order = CardOrderTest.withId(CardOrder.place(1, CardForm.PLASTIC, 1, List.of(vehicle),
                Delivery.pickUp("MSK-CENTER"), "fleet", Instant.EPOCH), 9);
        return order.lines(List.of(vehicle)).get(0);
    }

    private static Card card(long id) {
        Card card = new Card(1, CardNumber.generate("700599", 600_000_000L + id), "hash", "sealed", CardForm.PLASTIC,
                new Card.Holder(HolderKind.VEHICLE, "", null), LocalDate.of(2031, 1, 1), Instant.EPOCH);
        try {
            var field = Card.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(card, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return card;
    }
}
