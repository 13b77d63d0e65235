package org.cardhub.canteen;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.InvalidMenuException;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.MenuView;
import org.cardhub.meals.entity.MenuWeek;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.WeekCopied;
import org.cardhub.school.entity.SchoolRef;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A school's menus of a week ({@code menu.xhtml?school=ID&week=yyyy-MM-dd}; the only or first school and the week being
 * planned when not named): the days Monday to Friday with their status, the chosen day's dishes edited in place, saved,
 * published and taken back, and another week copied onto this one. Every refusal is said at its field, nothing written.
 */
@Named
@ViewScoped
public class MenuWeekView implements Serializable {

    @Inject
    MenuDesk desk;

    @Inject
    Formats formats;

    @Inject
    Language language;

    private List<SchoolRef> schools = List.of();
    private MenuWeek week;
    private LocalDate chosen;
    private List<DishRow> rows = new ArrayList<>();
    private LocalDate copySource;
    private boolean replace;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        schools = desk.mySchools();
        Long schoolId = CanteenPages.idOf(parameters.get("school"));
        if (schoolId == null && !schools.isEmpty()) {
            schoolId = schools.get(0).id();
        }
        try {
            week = schoolId == null ? null : desk.week(schoolId, dayOf(parameters.get("week")));
        } catch (AccessDeniedException e) {
            week = null;
        }
        if (week != null) {
            chosen = week.days().stream().filter(MenuView::changeable).map(MenuView::date).findFirst().orElse(week.monday());
            copySource = week.monday().minusWeeks(1);
            drawDay();
        }
    }

    static LocalDate dayOf(String parameter) {
        try {
            return parameter == null || !parameter.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void choose(LocalDate day) {
        chosen = day;
        drawDay();
    }

    public void addDish() {
        rows.add(new DishRow());
    }

    public void remove(DishRow row) {
        rows.remove(row);
    }

    public void save() {
        if (saved()) {
            PageMessages.info("cmenu.saved", day(chosen));
            reload();
        }
    }

    /** Saves what is typed, then publishes it: parents and the school's terminals see it at once. */
    public void publish() {
        if (!saved()) {
            return;
        }
        try {
            desk.publish(schoolId(), chosen);
            PageMessages.info("cmenu.published", day(chosen));
        } catch (InvalidMenuException refused) {
            refuse(refused);
        }
        reload();
    }

    public void unpublish() {
        try {
            desk.unpublish(schoolId(), chosen);
            PageMessages.info("cmenu.unpublished", day(chosen));
            reload();
        } catch (InvalidMenuException refused) {
            refuse(refused);
        }
    }

    public void copyWeek() {
        try {
            WeekCopied copied = desk.copyWeek(schoolId(), copySource, week.monday(), replace);
            PageMessages.info("cmenu.copied", weekRange(copied.from()), copied.days());
            if (!copied.replaced().isEmpty()) {
                PageMessages.info("cmenu.copiedReplaced", days(copied.replaced()));
            }
            if (!copied.past().isEmpty()) {
                PageMessages.warn("cmenu.copiedPast", days(copied.past()));
            }
            replace = false;
            reload();
        } catch (InvalidMenuException refused) {
            String field = refused.code() == InvalidMenuException.Code.TARGET_TAKEN ? "copy:replace" : "copy:source";
            PageMessages.refuse(field, MenuRefusals.keyOf(refused), days(refused.dates()));
        }
    }

    private boolean saved() {
        MenuView day = chosenDay();
        if (!day.exists() && rows.isEmpty()) {
            PageMessages.refuse(null, "cmenu.nothingToSave");
            return false;
        }
        try {
            desk.save(schoolId(), chosen, rows.stream().map(DishRow::draft).toList(), day.version());
            return true;
        } catch (InvalidMenuException refused) {
            refuse(refused);
            return false;
        }
    }

    private void refuse(InvalidMenuException refused) {
        String clientId = MenuRefusals.clientIdOf(refused);
        String key = MenuRefusals.keyOf(refused);
        switch (refused.code()) {
            case DISH_ORDERED -> PageMessages.refuse(clientId, key, refused.dishName(), formats.amount(refused.price()));
            case DISH_ORDERED_REMOVED -> PageMessages.refuse(null, key, refused.dishName());
            default -> PageMessages.refuse(clientId, key);
        }
    }

    /** Reads the week again after a change, the same day chosen; what was typed on a refused day stays. */
    private void reload() {
        week = desk.week(schoolId(), week.monday());
        drawDay();
    }

    private void drawDay() {
        rows = new ArrayList<>(chosenDay().dishes().stream().map(dish -> new DishRow(dish, language.isRussian())).toList());
    }

    private long schoolId() {
        return week.school().id();
    }

    public MenuView chosenDay() {
        return week.days().stream().filter(day -> day.date().equals(chosen)).findFirst().orElse(week.days().get(0));
    }

    public boolean isChosen(MenuView day) {
        return day.date().equals(chosen);
    }

    /** A status as its tag says it: none, draft or published. */
    public String status(MenuView day) {
        return PageMessages.text(day.exists() ? "cmenu.status." + day.status().name() : "cmenu.status.NONE");
    }

    /** «Родители заказали на этот день: 3 заказа…». */
    public String ordersNote() {
        return PageMessages.text("cmenu.ordersNote", chosenDay().liveOrders());
    }

    public String orderedNote(DishRow row) {
        return PageMessages.text("cmenu.ordered", row.getOrderedPortions());
    }

    public String severity(MenuStatus status) {
        return status == null ? "secondary" : status == MenuStatus.PUBLISHED ? "success" : "warning";
    }

    /** «пн, 23.11» on the day's tab. */
    public String tab(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE, dd.MM", language.getLocale()).format(date);
    }

    /** «понедельник, 23.11.2026» in messages and headings. */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", language.getLocale()).format(date);
    }

    /** «23.11–27.11.2026». */
    public String weekRange(LocalDate monday) {
        return DateTimeFormatter.ofPattern("dd.MM").format(monday) + "–"
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(monday.plusDays(MenuWeek.SCHOOL_DAYS - 1L));
    }

    private static String days(List<LocalDate> dates) {
        return dates.stream().map(date -> DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date)).collect(Collectors.joining(", "));
    }

    /** The weeks another week may be copied from: eight before this one and four after. */
    public List<LocalDate> getSourceWeeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (int offset = -8; offset <= 4; offset++) {
            if (offset != 0) {
                weeks.add(week.monday().plusWeeks(offset));
            }
        }
        return weeks;
    }

    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public List<DishCategory> getCategories() {
        return List.of(DishCategory.values());
    }

    public List<PortionUnit> getUnits() {
        return List.of(PortionUnit.values());
    }

    public List<Allergen> getAllergens() {
        return List.of(Allergen.values());
    }

    public List<SchoolRef> getSchools() {
        return schools;
    }

    public MenuWeek getWeek() {
        return week;
    }

    public List<DishRow> getRows() {
        return rows;
    }

    public String getCopySource() {
        return iso(copySource);
    }

    public void setCopySource(String source) {
        LocalDate parsed = dayOf(source);
        if (parsed != null) {
            copySource = parsed;
        }
    }

    public boolean isReplace() {
        return replace;
    }

    public void setReplace(boolean replace) {
        this.replace = replace;
    }
}
