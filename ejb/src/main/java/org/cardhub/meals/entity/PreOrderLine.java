package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.RoublesAsKopecksConverter;
import org.cardhub.payments.entity.Spend;

import java.util.Objects;

/** A dish of a pre-order as it was ordered: its name, category and price copied from the menu, and how many. */
@Embeddable
public class PreOrderLine {

    @Column(name = "dish_id")
    private long dishId;

    private String name;

    private String category;

    private int quantity;

    @Column(name = "price_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount price;

    protected PreOrderLine() {
    }

    PreOrderLine(long dishId, String name, String category, int quantity, Amount price) {
        if (quantity < 1 || quantity > Menu.MAX_QUANTITY) {
            throw InvalidPreOrderException.aboutDish(InvalidPreOrderException.Code.QUANTITY_RANGE, dishId,
                    "Between 1 and " + Menu.MAX_QUANTITY + " portions of " + name);
        }
        this.dishId = dishId;
        this.name = Objects.requireNonNull(name);
        this.category = Objects.requireNonNull(category);
        this.quantity = quantity;
        this.price = Objects.requireNonNull(price);
    }

    public Amount total() {
        return Amount.ofMinorUnits(Math.multiplyExact(price.minorUnits(), quantity), Currency.RUB);
    }

    /** The line of the purchase this line becomes when the meal is served: the dish as the canteen's till would sell it. */
    public Spend.Item asItem() {
        return new Spend.Item(name, category, quantity, price);
    }

    public long dishId() {
        return dishId;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public int quantity() {
        return quantity;
    }

    public Amount price() {
        return price;
    }
}
