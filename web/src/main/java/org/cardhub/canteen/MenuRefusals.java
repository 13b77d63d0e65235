package org.cardhub.canteen;

import org.cardhub.meals.entity.InvalidMenuException;

/**
 * Where the menu page says a refusal: at the field of the dish's row it is about ({@code week:dishes:<row>:<field>}),
 * or above the menu. The text is {@code cmenu.error.<CODE>} in the reader's language.
 */
final class MenuRefusals {

    private MenuRefusals() {
    }

    /** The input of a dish's row the refusal is about; null when it is about the menu as a whole. */
    static String fieldOf(InvalidMenuException.Code code) {
        return switch (code) {
            case NAME_EMPTY, NAME_TOO_LONG, NAME_DUPLICATE, DISH_UNKNOWN -> "name";
            case CATEGORY_REQUIRED -> "category";
            case PRICE_REQUIRED, PRICE_FORMAT, PRICE_SCALE, PRICE_NOT_POSITIVE, PRICE_TOO_HIGH, DISH_ORDERED -> "price";
            case PORTION_RANGE -> "portion";
            case UNIT_REQUIRED -> "unit";
            default -> null;
        };
    }

    /** The client id of the input, or null for the page's messages. */
    static String clientIdOf(InvalidMenuException refused) {
        String field = fieldOf(refused.code());
        return field == null || refused.row() == null ? null : "week:dishes:" + refused.row() + ":" + field;
    }

    static String keyOf(InvalidMenuException refused) {
        return "cmenu.error." + refused.code().name();
    }
}
