package org.cardhub.canteen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.SchoolMenuToday;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The canteen supplier's home: the schools it feeds, each with its menu of today (the school's day) and the way to its week. */
@Named
@RequestScoped
public class CanteenHomeView {

    @Inject
    MenuDesk desk;

    @Inject
    Language language;

    private List<SchoolMenuToday> schools = List.of();

    @PostConstruct
    void load() {
        schools = desk.today();
    }

    public List<SchoolMenuToday> getSchools() {
        return schools;
    }

    public String status(MenuStatus status) {
        return PageMessages.text(status == null ? "cmenu.status.NONE" : "cmenu.status." + status.name());
    }

    public String severity(MenuStatus status) {
        return status == null ? "secondary" : status == MenuStatus.PUBLISHED ? "success" : "warning";
    }

    /** «понедельник, 23.11.2026». */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", language.getLocale()).format(date);
    }
}
