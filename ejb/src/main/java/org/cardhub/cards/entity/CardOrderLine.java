package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One card of an order, in the order the company typed them: what it is for (vehicle, plate, driver, tank — any may be
 * empty on a plastic card) and, once made, the card.
 */
@Entity
@Table(name = "card_order_line")
@IdClass(CardOrderLine.Key.class)
public class CardOrderLine {

    @Id
    @Column(name = "card_order_id")
    private long orderId;

    @Id
    @Column(name = "line_no")
    private int number;

    @Embedded
    private Vehicle vehicle;

    @Column(name = "card_id")
    private Long cardId;

    protected CardOrderLine() {
    }

    CardOrderLine(long orderId, int number, Vehicle vehicle) {
        this.orderId = orderId;
        this.number = number;
        this.vehicle = Objects.requireNonNull(vehicle);
    }

    /** Whether the line says whom the card is for: a plate or a driver (a model alone says neither). */
    public static boolean namesAHolder(Vehicle vehicle) {
        return vehicle.plate() != null || vehicle.driver() != null;
    }

    /** The card's holder: the vehicle by its model and plate when it has a plate, else the driver, else blank. */
    public Card.Holder holder() {
        Vehicle use = vehicle();
        if (use.plate() != null) {
            return new Card.Holder(HolderKind.VEHICLE, use.model() == null ? use.plate() : use.model() + ", " + use.plate(), null);
        }
        if (use.driver() != null) {
            return new Card.Holder(HolderKind.DRIVER, use.driver(), null);
        }
        return new Card.Holder(HolderKind.VEHICLE, use.model() == null ? "" : use.model(), null);
    }

    /** The line's card, made once. */
    public void madeInto(Card card) {
        if (cardId != null) {
            throw new IllegalStateException("Line " + number + " of order " + orderId + " already has card " + cardId);
        }
        cardId = Objects.requireNonNull(card.id(), "a persisted card");
    }

    public long orderId() {
        return orderId;
    }

    public int number() {
        return number;
    }

    /** Empty parts are null; a line read back with none at all is an empty vehicle. */
    public Vehicle vehicle() {
        return vehicle == null ? new Vehicle(null, null, null, null) : vehicle;
    }

    public Long cardId() {
        return cardId;
    }

    /** The line's identity: its order and its number there. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long orderId;
        private int number;

        public Key() {
        }

        public Key(long orderId, int number) {
            this.orderId = orderId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && orderId == that.orderId && number == that.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, number);
        }
    }
}
