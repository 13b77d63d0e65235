package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of a school's menus its rules refuse; nothing is written. {@link #row()} is the place of the dish in the list
 * as it was sent (from 0), when the refusal is about one; {@link #dishName()} and {@link #price()} the ordered dish a
 * change would lose or re-price; {@link #dates()} the days a refusal names (the taken days of a week copy).
 */
public class InvalidMenuException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        NAME_EMPTY(Kind.MALFORMED),
        NAME_TOO_LONG(Kind.MALFORMED),
        /** Two dishes of one menu with the same name (case and «ё» aside). */
        NAME_DUPLICATE(Kind.MALFORMED),
        CATEGORY_REQUIRED(Kind.MALFORMED),
        PRICE_REQUIRED(Kind.MALFORMED),
        PRICE_FORMAT(Kind.MALFORMED),
        /** More than two decimals, «12,345». */
        PRICE_SCALE(Kind.MALFORMED),
        /** Zero or less, «0». */
        PRICE_NOT_POSITIVE(Kind.MALFORMED),
        PRICE_TOO_HIGH(Kind.MALFORMED),
        PORTION_RANGE(Kind.MALFORMED),
        UNIT_REQUIRED(Kind.MALFORMED),
        TOO_MANY_DISHES(Kind.MALFORMED),
        /** A dish id that is not on the menu (the page was drawn from another menu). */
        DISH_UNKNOWN(Kind.MALFORMED),
        /** The menu's date has passed in the school's time zone: history is not rewritten. */
        DATE_PAST(Kind.REFUSED),
        /** A published menu without dishes, or publishing one. */
        MENU_EMPTY(Kind.REFUSED),
        /** No menu for the day to publish or unpublish. */
        NO_MENU(Kind.REFUSED),
        /** Parents ordered the dish: its name and price stay. */
        DISH_ORDERED(Kind.REFUSED),
        /** Parents ordered the dish: it stays on the menu. */
        DISH_ORDERED_REMOVED(Kind.REFUSED),
        /** Parents' orders wait on the menu: it stays published. */
        HAS_ORDERS(Kind.REFUSED),
        /** Someone changed the menu since the page read it. */
        STALE(Kind.REFUSED),
        SAME_WEEK(Kind.MALFORMED),
        /** The week to copy has no menu with dishes. */
        NOTHING_TO_COPY(Kind.REFUSED),
        /** Days of the target week have menus, and replacing them was not asked for. */
        TARGET_TAKEN(Kind.REFUSED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final Integer row;
    private final String dishName;
    private final Amount price;
    private final List<LocalDate> dates;

    public InvalidMenuException(Code code, String message) {
        this(code, message, null, null, null, List.of());
    }

    private InvalidMenuException(Code code, String message, Integer row, String dishName, Amount price, List<LocalDate> dates) {
        super(code, message);
        this.row = row;
        this.dishName = dishName;
        this.price = price;
        this.dates = List.copyOf(dates);
    }

    public static InvalidMenuException atRow(Code code, int row, String message) {
        return new InvalidMenuException(code, message, row, null, null, List.of());
    }

    public static InvalidMenuException aboutDish(Code code, Integer row, Dish dish, String message) {
        return new InvalidMenuException(code, message, row, dish.name(), dish.price(), List.of());
    }

    public static InvalidMenuException aboutDays(Code code, List<LocalDate> dates, String message) {
        return new InvalidMenuException(code, message, null, null, null, dates);
    }

    /** The dish's place in the list sent, from 0; null when the refusal is about the menu. */
    public Integer row() {
        return row;
    }

    public String dishName() {
        return dishName;
    }

    public Amount price() {
        return price;
    }

    public List<LocalDate> dates() {
        return dates;
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
