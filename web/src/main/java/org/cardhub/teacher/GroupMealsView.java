package org.cardhub.teacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.GroupMeals;
import org.cardhub.meals.entity.GroupMealDay;
import org.cardhub.meals.entity.GroupMealSummary;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.SchoolRef;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A class's group meals ({@code group-meals.xhtml?class=ID&date=yyyy-MM-dd}; the teacher's first class and today without
 * them): the day's menu with quantities and what a pupil's meal costs, the pupils (all chosen at first) with their
 * canteen balances and free-meal marks, the order's result — how many were held, paid by the school, and who could not
 * pay and why — and the class's orders, cancellable until served. Every order carries the id the page was drawn with,
 * so a page submitted twice orders once.
 */
@Named
@ViewScoped
public class GroupMealsView implements Serializable {

    @Inject
    GroupMeals groupMeals;

    @Inject
    StaffDirectory staff;

    @Inject
    Formats formats;

    @Inject
    Language language;

    private List<ClassRef> classes = List.of();
    private Map<Long, String> schoolNames = Map.of();
    private ClassRef chosenClass;
    private GroupMealDay day;
    private List<GroupMealRows.DishRow> dishes = List.of();
    private List<GroupMealRows.PupilRow> pupils = List.of();
    private Amount perPupil = Amount.zero(Currency.RUB);
    private GroupMealSummary result;
    private List<GroupMealSummary> orders = List.of();
    private String requestId = newRequestId();

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        List<ClassRef> mine = new ArrayList<>();
        Map<Long, String> schools = new HashMap<>();
        for (SchoolRef school : staff.mySchools()) {
            schools.put(school.id(), school.name());
            mine.addAll(staff.myClasses(school.id()));
        }
        classes = mine;
        schoolNames = schools;
        Long classId = GroupMealRows.idOf(parameters.get("class"));
        chosenClass = classId == null ? (classes.isEmpty() ? null : classes.get(0))
                : classes.stream().filter(reached -> reached.id() == classId).findFirst().orElse(null);
        if (chosenClass == null) {
            return;
        }
        try {
            day = groupMeals.day(chosenClass.id(), dateOf(parameters.get("date")));
            orders = groupMeals.ofClass(chosenClass.id());
        } catch (AccessDeniedException e) {
            chosenClass = null;
            return;
        }
        fillDay();
    }

    private static LocalDate dateOf(String parameter) {
        try {
            return parameter == null || parameter.isBlank() ? null : LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What a pupil's meal costs as the quantities are typed (an ajax call per change). */
    public void recalculate() {
        perPupil = GroupMealRows.perPupil(dishes);
    }

    public void chooseAll(boolean chosen) {
        pupils.forEach(pupil -> pupil.setChosen(chosen));
    }

    public void order() {
        Map<Long, Integer> quantities = new HashMap<>();
        dishes.forEach(row -> quantities.put(row.getDish().dishId(), row.getQuantity() == null ? 0 : row.getQuantity()));
        List<Long> chosen = pupils.stream().filter(GroupMealRows.PupilRow::isChosen).map(row -> row.getPupil().cardId()).toList();
        try {
            result = groupMeals.order(chosenClass.id(), day.date(), quantities, chosen, requestId);
            PageMessages.info("group.ordered", date(result.date()), result.heldCount(), formats.amount(result.heldTotal()),
                    result.freeCount());
            reload();
        } catch (InvalidGroupMealException refused) {
            refuse(refused);
        } catch (AccessDeniedException denied) {
            PageMessages.refuse(null, "group.error.notYourClass");
        }
        requestId = newRequestId();
    }

    public void cancel(long groupMealId) {
        try {
            GroupMealSummary cancelled = groupMeals.cancel(groupMealId);
            PageMessages.info("group.cancelled", date(cancelled.date()), formats.amount(cancelled.heldTotal()));
            result = null;
            reload();
        } catch (InvalidGroupMealException refused) {
            // said at the top: the order's button may not be on the page any more
            PageMessages.refuse(null, "group.error." + refused.code().name());
            orders = groupMeals.ofClass(chosenClass.id());
        } catch (AccessDeniedException denied) {
            PageMessages.refuse(null, "group.error.notYourClass");
        }
    }

    private void refuse(InvalidGroupMealException refused) {
        String key = "group.error." + refused.code().name();
        switch (refused.code()) {
            case QUANTITY_RANGE, DISH_UNKNOWN -> PageMessages.refuse(quantityField(refused.dishId()), key);
            case ORDERS_CLOSED -> PageMessages.refuse("group:order", key, formats.dateTime(refused.until(), zone()));
            case NOT_IN_CLASS -> PageMessages.refuse("group:order", key, refused.cardId(), chosenClass.name());
            default -> PageMessages.refuse("group:order", key);
        }
    }

    private String quantityField(Long dishId) {
        for (int index = 0; index < dishes.size(); index++) {
            if (dishId != null && dishes.get(index).getDish().dishId() == dishId) {
                return "group:dishes:" + index + ":quantity";
            }
        }
        return "group:order";
    }

    /** The day, the balances and the orders read again after a change; the dishes typed are kept. */
    private void reload() {
        day = groupMeals.day(chosenClass.id(), day.date());
        orders = groupMeals.ofClass(chosenClass.id());
        pupils = GroupMealRows.pupils(day.pupils());
    }

    private void fillDay() {
        dishes = GroupMealRows.dishes(day.dishes());
        pupils = GroupMealRows.pupils(day.pupils());
        recalculate();
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private ZoneId zone() {
        return ZoneId.of(day.timeZone());
    }

    /** The days a group meal may be ordered for: today and as far ahead as the school takes orders. */
    public List<LocalDate> getDays() {
        return day == null ? List.of() : day.today().datesUntil(day.lastDay().plusDays(1)).toList();
    }

    /** A day as the chips and messages show it: «вт, 08.12.2026». */
    public String date(LocalDate date) {
        return GroupMealRows.date(date, language.getLocale());
    }

    public String deadline() {
        return day == null ? "" : formats.dateTime(day.deadline(), zone());
    }

    public String closedText() {
        if (day == null || day.closed() == null) {
            return "";
        }
        return day.closed() == InvalidGroupMealException.Code.ORDERS_CLOSED
                ? PageMessages.text("group.closed.ORDERS_CLOSED", deadline())
                : PageMessages.text("group.closed." + day.closed().name());
    }

    public String cancelQuestion(GroupMealSummary order) {
        return PageMessages.text("group.cancelConfirm", date(order.date()));
    }

    public long getChosenCount() {
        return pupils.stream().filter(GroupMealRows.PupilRow::isChosen).count();
    }

    public boolean isToday() {
        return day != null && day.date().equals(day.today());
    }

    public String schoolOf(ClassRef schoolClass) {
        return schoolNames.getOrDefault(schoolClass.schoolId(), "");
    }

    /** «5А», or «5А · Школа № 7» for a teacher with classes at more than one school. */
    public String classLabel(ClassRef schoolClass) {
        return schoolNames.size() > 1 ? schoolClass.name() + " · " + schoolOf(schoolClass) : schoolClass.name();
    }

    public boolean isChosen(ClassRef schoolClass) {
        return chosenClass != null && chosenClass.id() == schoolClass.id();
    }

    public boolean isChosenDay(LocalDate date) {
        return day != null && day.date().equals(date);
    }

    public List<ClassRef> getClasses() {
        return classes;
    }

    public ClassRef getChosenClass() {
        return chosenClass;
    }

    public GroupMealDay getDay() {
        return day;
    }

    public List<GroupMealRows.DishRow> getDishes() {
        return dishes;
    }

    public List<GroupMealRows.PupilRow> getPupils() {
        return pupils;
    }

    public Amount getPerPupil() {
        return perPupil;
    }

    public GroupMealSummary getResult() {
        return result;
    }

    public List<GroupMealSummary> getOrders() {
        return orders;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
