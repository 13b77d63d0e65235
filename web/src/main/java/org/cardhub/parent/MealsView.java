package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.PreOrders;
import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.FreeMealSummary;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.MealCard;
import org.cardhub.meals.entity.MenuDay;
import org.cardhub.meals.entity.OrderDay;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.meals.entity.PreOrderSummary;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.boundary.Children;
import org.cardhub.school.entity.Child;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Meal pre-orders for one child ({@code meals.xhtml?card=ID}, the first child without one): the school days ahead, the
 * chosen day's menu with quantities to order, the total against the canteen balance, the orders and where they stand,
 * and the free meals of a beneficiary, apart. Every request carries the id the page was drawn with, so a page submitted
 * twice orders once; a refusal is said at its field and nothing is held.
 */
@Named
@ViewScoped
public class MealsView implements Serializable {

    /** A dish of the chosen day's menu with the quantity typed for it. */
    public static class DishRow implements Serializable {
        private final DishOffer dish;
        private Integer quantity;

        DishRow(DishOffer dish) {
            this.dish = dish;
            this.quantity = dish.ordered();
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

    @Inject
    PreOrders preOrders;

    @Inject
    FreeMeals freeMeals;

    @Inject
    Children children;

    @Inject
    Formats formats;

    @Inject
    Language language;

    private List<Child> mine = List.of();
    private MealCard card;
    private List<OrderDay> days = List.of();
    private LocalDate chosenDay;
    private MenuDay menu;
    private List<DishRow> rows = List.of();
    private Amount total = Amount.zero(Currency.RUB);
    private List<PreOrderSummary> orders = List.of();
    private List<FreeMealSummary> freeMealsGiven = List.of();
    private String requestId = newRequestId();

    @PostConstruct
    void load() {
        mine = children.atSchool();
        Long cardId = idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card"));
        if (cardId == null && !mine.isEmpty()) {
            cardId = mine.get(0).cardId();
        }
        try {
            card = cardId == null ? null : freeMeals.mealCard(cardId);
        } catch (AccessDeniedException e) {
            card = null;
        }
        if (card != null) {
            days = preOrders.days(card.cardId());
            chosenDay = days.stream().filter(OrderDay::open).map(OrderDay::date).findFirst()
                    .orElse(days.isEmpty() ? null : days.get(0).date());
            reload();
        }
    }

    static Long idOf(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
    }

    public void choose(LocalDate day) {
        chosenDay = day;
        loadDay();
    }

    /** The total of the quantities typed, as they are typed (an ajax call per change). */
    public void recalculate() {
        long kopecks = 0;
        for (DishRow row : rows) {
            int quantity = row.quantity == null ? 0 : row.quantity;
            kopecks += row.dish.price().minorUnits() * Math.max(0, quantity);
        }
        total = Amount.ofMinorUnits(kopecks, Currency.RUB);
    }

    public void order() {
        Map<Long, Integer> quantities = new HashMap<>();
        rows.forEach(row -> quantities.put(row.dish.dishId(), row.quantity == null ? 0 : row.quantity));
        try {
            PreOrderSummary placed = preOrders.place(card.cardId(), chosenDay, quantities, requestId);
            PageMessages.info("meals.ordered", day(placed.date()), formats.amount(placed.total()));
            reload();
        } catch (InvalidPreOrderException refused) {
            refuse(refused);
        }
        requestId = newRequestId();
    }

    public void cancel() {
        try {
            PreOrderSummary cancelled = preOrders.cancel(menu.order().id(), requestId);
            PageMessages.info("meals.cancelled", day(cancelled.date()), formats.amount(cancelled.total()));
            reload();
        } catch (InvalidPreOrderException refused) {
            refuse(refused);
        }
        requestId = newRequestId();
    }

    private void refuse(InvalidPreOrderException refused) {
        String key = "meals.error." + refused.code().name();
        switch (refused.code()) {
            case QUANTITY_RANGE, DISH_UNKNOWN -> PageMessages.refuse(quantityField(refused.dishId()), key);
            case FUNDS_SHORT -> PageMessages.refuse("meals:order", key, formats.amount(refused.amount()));
            case ORDERS_CLOSED -> PageMessages.refuse("meals:order", key, formats.dateTime(refused.until(), zone()));
            default -> PageMessages.refuse("meals:order", key);
        }
        // what was typed stays; the balance and the days may have moved meanwhile
        card = freeMeals.mealCard(card.cardId());
        days = preOrders.days(card.cardId());
    }

    private String quantityField(Long dishId) {
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).dish.dishId() == dishId) {
                return "meals:dishes:" + index + ":quantity";
            }
        }
        return "meals:order";
    }

    /** Reads the days, the chosen day's menu, the orders and the balance again after a change. */
    private void reload() {
        card = freeMeals.mealCard(card.cardId());
        days = preOrders.days(card.cardId());
        orders = preOrders.myPreOrders(card.cardId());
        freeMealsGiven = freeMeals.of(card.cardId());
        loadDay();
    }

    private void loadDay() {
        menu = chosenDay == null ? null : preOrders.menuFor(card.cardId(), chosenDay);
        rows = menu == null ? List.of() : new ArrayList<>(menu.dishes().stream().map(DishRow::new).toList());
        recalculate();
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private ZoneId zone() {
        return ZoneId.of(card.timeZone());
    }

    /** A day as the tabs and messages show it: «вт, 08.12.2026». */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy", language.getLocale()).format(date);
    }

    public String cutOff() {
        return menu == null ? "" : formats.dateTime(menu.cutOff(), zone());
    }

    public String amount(Amount amount) {
        return formats.amount(amount);
    }

    public String statusSeverity(PreOrderStatus status) {
        return switch (status) {
            case WAITING -> "info";
            case SERVED -> "success";
            case ABSENT, NOT_SERVED, LAPSED -> "warning";
            case CANCELLED -> "secondary";
        };
    }

    public String dishesOf(PreOrderSummary order) {
        return String.join(", ", order.dishes().stream().map(dish -> dish.name() + " × " + dish.quantity()).toList());
    }

    public String dishesOf(FreeMealSummary meal) {
        return String.join(", ", meal.dishes());
    }

    public String allergensOf(DishOffer dish) {
        return String.join(", ", dish.allergens().stream().map(allergen -> PageMessages.text("meals.allergen." + allergen.name()))
                .toList());
    }

    public String benefitName() {
        return card == null || !card.isBeneficiary() ? null : language.isRussian() ? card.benefitRu() : card.benefitEn();
    }

    public String kindOf(FreeMealSummary meal) {
        return language.isRussian() ? meal.kindRu() : meal.kindEn();
    }

    public boolean isChosen(OrderDay day) {
        return day.date().equals(chosenDay);
    }

    /** Whether the chosen day's order is waiting and may still be changed or cancelled. */
    public boolean isOrderChangeable() {
        return menu != null && menu.order() != null && menu.order().changeable()
                && menu.order().status() == PreOrderStatus.WAITING;
    }

    public List<Child> getMine() {
        return mine;
    }

    public MealCard getCard() {
        return card;
    }

    public List<OrderDay> getDays() {
        return days;
    }

    public MenuDay getMenu() {
        return menu;
    }

    public List<DishRow> getRows() {
        return rows;
    }

    public Amount getTotal() {
        return total;
    }

    public List<PreOrderSummary> getOrders() {
        return orders;
    }

    public List<FreeMealSummary> getFreeMealsGiven() {
        return freeMealsGiven;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
