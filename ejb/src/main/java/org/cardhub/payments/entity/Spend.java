package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * A card spending money (and, for fuel, litres): what, where and when. The money is a positive rouble
 * amount; the volume is zero or positive litres.
 */
public record Spend(CardRef card, Amount amount, Amount volume, String productCode, String category, String station,
                    String region, Instant occurredAt, List<Item> items, boolean offline) {

    /** A line of the receipt (a dish, a drink): kept with the purchase so it can be shown line by line. */
    public record Item(String name, String category, int quantity, Amount price) {
        public Item {
            if (name == null || name.isBlank() || category == null || category.isBlank() || quantity < 1) {
                throw new InvalidOperationException(InvalidOperationException.Code.ITEM_INVALID,
                        "An item needs a name, a category and a quantity of at least one");
            }
            requireIn(price, Currency.RUB, "item price");
            if (price.isNegative()) {
                throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "An item price cannot be negative");
            }
        }
    }

    public Spend(CardRef card, Amount amount, Amount volume, String productCode, String category, String station,
                 String region, Instant occurredAt) {
        this(card, amount, volume, productCode, category, station, region, occurredAt, List.of(), false);
    }

    public Spend(CardRef card, Amount amount, Amount volume, String productCode, String category, String station,
                 String region, Instant occurredAt, List<Item> items) {
        this(card, amount, volume, productCode, category, station, region, occurredAt, items, false);
    }

    public Spend {
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireIn(amount, Currency.RUB, "amount");
        if (!amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The amount must be positive");
        }
        volume = volume == null ? Amount.zero(Currency.LITRE) : volume;
        requireIn(volume, Currency.LITRE, "volume");
        if (volume.isNegative()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The volume cannot be negative");
        }
    }

    private static void requireIn(Amount value, Currency currency, String what) {
        if (value == null || value.currency() != currency) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                    "The " + what + " must be given in " + currency);
        }
    }

    public String fingerprint() {
        return "spend|" + card.kind() + "|" + card.value() + "|" + amount.minorUnits() + "|" + volume.minorUnits() + "|"
                + productCode + "|" + category + "|" + station + "|" + region + "|" + items.stream()
                .map(item -> item.name() + "*" + item.quantity() + "@" + item.price().minorUnits() + ":" + item.category())
                .collect(Collectors.joining(",")) + (offline ? "|offline" : "");
    }
}
