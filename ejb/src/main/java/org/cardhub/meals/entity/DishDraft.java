package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.cardhub.meals.entity.InvalidMenuException.Code.CATEGORY_REQUIRED;
import static org.cardhub.meals.entity.InvalidMenuException.Code.NAME_EMPTY;
import static org.cardhub.meals.entity.InvalidMenuException.Code.NAME_TOO_LONG;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PORTION_RANGE;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PRICE_FORMAT;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PRICE_NOT_POSITIVE;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PRICE_REQUIRED;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PRICE_SCALE;
import static org.cardhub.meals.entity.InvalidMenuException.Code.PRICE_TOO_HIGH;
import static org.cardhub.meals.entity.InvalidMenuException.Code.UNIT_REQUIRED;

/**
 * A dish as the supplier's page sends it: the id of the dish it edits (none for a new one), and what was typed — the
 * price as text, so the rules themselves say what is wrong with «0» or «12,345». Read by {@link Menu#revise}.
 */
public record DishDraft(Long id, String name, DishCategory category, String price, Integer portion, PortionUnit unit,
                        Set<Allergen> allergens, boolean freeComplex) {

    public static final int NAME_LENGTH = 200;
    public static final int MAX_PORTION = 5000;
    /** A school dish costs less than this; more is a typing error (a price in kopecks). */
    public static final Amount MAX_PRICE = Amount.parse("100000.00", Currency.RUB);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,13})?");

    public DishDraft {
        allergens = allergens == null || allergens.isEmpty() ? Set.of() : Set.copyOf(allergens);
    }

    /** The dish as it stands, to edit it in place (keeping its id, so its orders and its terminal code stay). */
    public static DishDraft of(Dish dish) {
        return new DishDraft(dish.id(), dish.name(), dish.category(), dish.price().toPlainString(), dish.portion(),
                dish.portionUnit(), dish.allergens(), dish.isOfFreeComplex());
    }

    /** The dish as a new one, for another day's menu. */
    public static DishDraft copyOf(Dish dish) {
        return new DishDraft(null, dish.name(), dish.category(), dish.price().toPlainString(), dish.portion(),
                dish.portionUnit(), dish.allergens(), dish.isOfFreeComplex());
    }

    /** The name, trimmed and with its inner spaces single: 1 to {@value #NAME_LENGTH} characters. */
    String checkedName(int row) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw InvalidMenuException.atRow(NAME_EMPTY, row, "Dish " + (row + 1) + " needs a name");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw InvalidMenuException.atRow(NAME_TOO_LONG, row, "Dish " + (row + 1) + " has a name of " + trimmed.length()
                    + " characters; at most " + NAME_LENGTH);
        }
        return trimmed;
    }

    /**
     * The price typed, as people type it ({@code 45}, {@code 45,50}, {@code 1 500.00}, with or without ₽): more than zero,
     * at most two decimals, below {@link #MAX_PRICE}.
     */
    Amount checkedPrice(int row) {
        String plain = price == null ? "" : price.replaceAll("[\\s\u00a0\u202f₽]", "").replace(',', '.');
        if (plain.isEmpty()) {
            throw InvalidMenuException.atRow(PRICE_REQUIRED, row, "Dish " + (row + 1) + " needs a price");
        }
        if (!DECIMAL.matcher(plain).matches()) {
            throw InvalidMenuException.atRow(PRICE_FORMAT, row, "Dish " + (row + 1) + ": '" + price + "' is not a price in roubles");
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.scale() > Currency.RUB.scale()) {
            throw InvalidMenuException.atRow(PRICE_SCALE, row, "Dish " + (row + 1) + ": '" + price
                    + "' has more than two decimals (kopecks)");
        }
        if (value.signum() <= 0) {
            throw InvalidMenuException.atRow(PRICE_NOT_POSITIVE, row, "Dish " + (row + 1) + ": a price is more than zero");
        }
        if (value.compareTo(MAX_PRICE.toBigDecimal()) >= 0) {
            throw InvalidMenuException.atRow(PRICE_TOO_HIGH, row, "Dish " + (row + 1) + ": a price is below "
                    + MAX_PRICE.toPlainString());
        }
        return Amount.parse(value.toPlainString(), Currency.RUB);
    }

    int checkedPortion(int row) {
        if (portion == null || portion < 1 || portion > MAX_PORTION) {
            throw InvalidMenuException.atRow(PORTION_RANGE, row, "Dish " + (row + 1) + ": a portion is 1 to " + MAX_PORTION
                    + " g or ml");
        }
        return portion;
    }

    DishCategory checkedCategory(int row) {
        if (category == null) {
            throw InvalidMenuException.atRow(CATEGORY_REQUIRED, row, "Dish " + (row + 1) + " needs a category");
        }
        return category;
    }

    PortionUnit checkedUnit(int row) {
        if (unit == null) {
            throw InvalidMenuException.atRow(UNIT_REQUIRED, row, "Dish " + (row + 1) + ": grams or millilitres?");
        }
        return unit;
    }

    /** What makes two names the same dish: case, «ё» and spacing aside. */
    static String sameness(String checkedName) {
        return checkedName.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е');
    }
}
