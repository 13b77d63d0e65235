package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.school.boundary.SchoolCards;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.entity.CardHeading;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.PupilCard;
import org.cardhub.school.entity.SchoolDay;
import org.cardhub.terminals.boundary.TerminalPlaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The school day of one card ({@code day.xhtml?card=ID&date=2026-12-07}), for a parent's child or a pupil's own card:
 * the day in full with the previous and next day a click away and a calendar for any other; or, with
 * {@code view=days}, a line per day over a period, read a page of days at a time. Dates are the school's (its
 * contract's time zone); a card the caller may not read is "no such card". In the pupil's cabinet an address without
 * a card is the pupil's own (so «Мой день» can stand in the menu).
 */
@Named
@ViewScoped
public class SchoolDayView implements Serializable {

    /** The longest period the list by days covers. */
    static final int LONGEST_PERIOD = 366;
    static final int DEFAULT_PERIOD = 30;
    private static final String PUPILS_PAGES = "/cabinet/pupil/";

    @Inject
    SchoolDays schoolDays;

    @Inject
    TerminalPlaces terminalPlaces;

    @Inject
    SchoolCards schoolCards;

    private Long cardId;
    private CardHeading card;
    private boolean byDays;
    private LocalDate date;
    private LocalDate chosen;
    private SchoolDay day;
    private Map<String, String> places = new HashMap<>();
    private LocalDate from;
    private LocalDate to;
    private PagedTable<DaySummary> days;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        cardId = idOf(parameters.get("card"));
        if (cardId == null && faces.getViewRoot().getViewId().startsWith(PUPILS_PAGES)) {
            // the pupil's «Мой день» needs no card in its address: the pupil's own
            cardId = schoolCards.mine().stream().findFirst().map(PupilCard::cardId).orElse(null);
        }
        try {
            card = cardId == null ? null : schoolDays.card(cardId);
        } catch (AccessDeniedException e) {
            card = null;
        }
        if (card == null) {
            return;
        }
        LocalDate today = card.schoolToday();
        byDays = "days".equals(parameters.get("view"));
        if (byDays) {
            to = dateOf(parameters.get("to"), today);
            from = dateOf(parameters.get("from"), to.minusDays(DEFAULT_PERIOD - 1L));
            showPeriod();
        } else {
            date = dateOf(parameters.get("date"), today);
            chosen = date;
            day = schoolDays.day(cardId, date);
            places = new HashMap<>(terminalPlaces.of(day.events().stream().map(DayEvent::terminalId).toList()));
        }
    }

    static Long idOf(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }

    /** A date of the address (2026-12-07); a missing or malformed one is {@code otherwise}. */
    static LocalDate dateOf(String parameter, LocalDate otherwise) {
        try {
            return parameter == null || parameter.isBlank() ? otherwise : LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** The calendar's choice: the page of that day, at its own address. */
    public void open() {
        if (chosen == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                "day?faces-redirect=true&card=" + cardId + "&date=" + chosen);
    }

    /** The list by days over the period chosen: a period that ends before it starts, or too long, is refused. */
    public void showPeriod() {
        LocalDate today = card.schoolToday();
        if (from == null || to == null) {
            PageMessages.refuse(null, "schoolday.period.required");
            return;
        }
        if (to.isAfter(today)) {
            to = today;
        }
        if (from.isAfter(to)) {
            PageMessages.refuse("days:from", "schoolday.period.reversed");
            return;
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_PERIOD) {
            PageMessages.refuse("days:from", "schoolday.period.tooLong", LONGEST_PERIOD);
            return;
        }
        long count = ChronoUnit.DAYS.between(from, to) + 1;
        long id = cardId;
        LocalDate first = from;
        LocalDate last = to;
        days = new PagedTable<>(() -> count, (offset, max) -> {
            LocalDate newest = last.minusDays(offset);
            LocalDate oldest = newest.minusDays(Math.max(1, max) - 1L);
            return schoolDays.days(id, oldest.isBefore(first) ? first : oldest, newest);
        }, summary -> summary.date().toString());
    }

    public boolean isToday() {
        return day != null && day.date().equals(card.schoolToday());
    }

    public LocalDate getPrevious() {
        return date == null ? null : date.minusDays(1);
    }

    /** The next day, while it is not after the school's today. */
    public LocalDate getNext() {
        return date == null || !date.isBefore(card.schoolToday()) ? null : date.plusDays(1);
    }

    public Long getCardId() {
        return cardId;
    }

    public CardHeading getCard() {
        return card;
    }

    public boolean isByDays() {
        return byDays;
    }

    public LocalDate getDate() {
        return date;
    }

    public SchoolDay getDay() {
        return day;
    }

    public Map<String, String> getPlaces() {
        return places;
    }

    public PagedTable<DaySummary> getDays() {
        return days;
    }

    public LocalDate getChosen() {
        return chosen;
    }

    public void setChosen(LocalDate chosen) {
        this.chosen = chosen;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
