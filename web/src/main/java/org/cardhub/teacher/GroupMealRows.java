package org.cardhub.teacher;

import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.GroupMealCandidate;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rows of the group meal pages (dishes with the quantity typed, pupils with their tick) and how they read. */
public final class GroupMealRows {

    private GroupMealRows() {
    }

    /** A dish of the day's menu with the portions a pupil gets of it. */
    public static class DishRow implements Serializable {
        private final DishOffer dish;
        private Integer quantity = 0;

        DishRow(DishOffer dish) {
            this.dish = dish;
        }

        public DishOffer getDish() {
            return dish;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    /** A pupil of the class, ticked to be in the meal. */
    public static class PupilRow implements Serializable {
        private final GroupMealCandidate pupil;
        private boolean chosen = true;

        PupilRow(GroupMealCandidate pupil) {
            this.pupil = pupil;
        }

        public GroupMealCandidate getPupil() {
            return pupil;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }
    }

    static List<DishRow> dishes(List<DishOffer> offers) {
        return new ArrayList<>(offers.stream().map(DishRow::new).toList());
    }

    static List<PupilRow> pupils(List<GroupMealCandidate> candidates) {
        return new ArrayList<>(candidates.stream().map(PupilRow::new).toList());
    }

    /** Each dish's price times the portions typed; a quantity out of range counts as none until the boundary says so. */
    static Amount perPupil(List<DishRow> rows) {
        long kopecks = 0;
        for (DishRow row : rows) {
            int quantity = row.quantity == null ? 0 : Math.max(0, Math.min(row.quantity, 10));
            kopecks += row.dish.price().minorUnits() * quantity;
        }
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }

    static Long idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }

    /** «вт, 08.12.2026». */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy", locale).format(date);
    }

    /** «Суп куриный с лапшой × 1, Компот × 1». */
    public static String dishes(GroupMealSummary order) {
        return order.dishes().stream().map(dish -> dish.name() + " × " + dish.quantity()).collect(Collectors.joining(", "));
    }

    public static String severity(GroupMealStatus status) {
        return switch (status) {
            case ORDERED -> "info";
            case SERVED -> "success";
            case CANCELLED -> "secondary";
        };
    }
}
