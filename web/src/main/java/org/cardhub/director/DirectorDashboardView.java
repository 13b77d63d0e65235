package org.cardhub.director;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.money.Amount;
import org.cardhub.schooloffice.boundary.SchoolDashboard;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DashboardPeriod;
import org.cardhub.schooloffice.entity.DashboardSchool;
import org.cardhub.schooloffice.entity.InvalidDashboardRequestException;
import org.cardhub.schooloffice.entity.PeriodPreset;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The director's home: the school's dashboard at its own address ({@link DashboardLink}), so a period and a class
 * chosen can be bookmarked and sent on; the presets and the class chooser lead to another address, the director's own
 * days too once they are valid. A school the caller does not lead, or a class not of it, is "no such school".
 */
@Named
@ViewScoped
public class DirectorDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SchoolDashboard schoolDashboard;

    @Inject
    Language language;

    private List<DashboardSchool> schools = List.of();
    private DashboardLink link;
    private Dashboard dashboard;
    private DashboardCharts charts;
    private boolean missing;
    private LocalDate from;
    private LocalDate to;
    private Long chosenClass;
    private boolean presentOnly;
    private PagedTable<PupilWithoutMeal> withoutMeal;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        DashboardLink asked = DashboardLink.of(external.getRequestParameterMap()::get);
        schools = schoolDashboard.mySchools();
        Optional<DashboardSchool> school = asked.school() == null ? schools.stream().findFirst()
                : schools.stream().filter(candidate -> candidate.id() == asked.school()).findFirst();
        if (school.isEmpty()) {
            missing = asked.school() != null;
            return;
        }
        link = new DashboardLink(school.get().id(), asked.from(), asked.to(), asked.schoolClass());
        chosenClass = link.schoolClass();
        try {
            dashboard = show();
        } catch (AccessDeniedException notHis) {
            if (link.schoolClass() == null) {
                missing = true;
                return;
            }
            // a class of another school (or one since removed): the whole school instead
            PageMessages.warn("director.classMissing");
            link = link.withClass(null);
            chosenClass = null;
            dashboard = show();
        }
        from = dashboard.period().from();
        to = dashboard.period().to();
        charts = new DashboardCharts(dashboard, language.getLocale(), PageMessages::text);
        list(presentOnly ? dashboard.todayFigures().presentWithoutMeal() : dashboard.todayFigures().withoutMeal());
    }

    /** Today's pupils without a meal again, after "only those at school" was ticked or cleared. */
    public void listPupils() {
        list(schoolDashboard.withoutMealCount(dashboard.school().id(), link.schoolClass(), presentOnly));
    }

    /** The dashboard the address asks for; a period it cannot show is said, and this month shown instead. */
    private Dashboard show() {
        try {
            return schoolDashboard.dashboard(link.school(), link.schoolClass(), link.from(), link.to());
        } catch (InvalidDashboardRequestException badPeriod) {
            PageMessages.warn("director.error." + badPeriod.code().name());
            link = link.withPeriod(null, null);
            return schoolDashboard.dashboard(link.school(), link.schoolClass(), null, null);
        }
    }

    /** The pupils of today without a meal, a page at a time; those who came in only, when asked. */
    private void list(long count) {
        long school = dashboard.school().id();
        Long schoolClass = link.schoolClass();
        boolean onlyPresent = presentOnly;
        withoutMeal = new PagedTable<>(() -> count,
                (first, max) -> schoolDashboard.withoutMeal(school, schoolClass, onlyPresent, first, max),
                pupil -> String.valueOf(pupil.cardId()));
    }

    /** The director's own days, once they make a period: the dashboard's address for them. */
    public void showPeriod() {
        try {
            DashboardPeriod.between(from, to, dashboard.today());
        } catch (InvalidDashboardRequestException refused) {
            PageMessages.refuse("filters:" + (refused.code() == InvalidDashboardRequestException.Code.PERIOD_TOO_LONG
                    || refused.code() == InvalidDashboardRequestException.Code.PERIOD_IN_FUTURE ? "from" : "to"),
                    "director.error." + refused.code().name());
            return;
        }
        go(link.withPeriod(from, to));
    }

    /** The class chosen (or every class): the dashboard's address for it, the period kept. */
    public void classChosen() {
        go(link.withClass(chosenClass));
    }

    /** The address of a preset of the school's today, the class kept. */
    public String presetLink(String preset) {
        DashboardPeriod period = DashboardPeriod.of(PeriodPreset.valueOf(preset), dashboard.today());
        return link.withPeriod(period.from(), period.to()).page(contextPath());
    }

    public boolean isPreset(String preset) {
        return dashboard.preset() == PeriodPreset.valueOf(preset);
    }

    public String schoolLink(DashboardSchool school) {
        return new DashboardLink(school.id(), null, null, null).page(contextPath());
    }

    public String exportLink() {
        return link.withPeriod(dashboard.period().from(), dashboard.period().to()).export(contextPath());
    }

    public String amount(Amount amount) {
        return Formats.amount(amount, language.getLocale());
    }

    /** An average, or a dash when there is nobody to share over. */
    public String average(Optional<Amount> amount) {
        return amount.map(this::amount).orElse("—");
    }

    public String percent(Optional<Integer> percent) {
        return percent.map(value -> value + "\u00a0%").orElse("—");
    }

    public String date(LocalDate date) {
        return DashboardTexts.date(date);
    }

    /** When the pupil came in, on the school's clock. */
    public String time(Instant at) {
        ZoneId zone = dashboard.school().zone();
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** The height the chart by class needs to show every class's bar readably. */
    public String byClassHeight() {
        return Math.max(15, 2 + dashboard.byClass().size() * 1.6) + "rem";
    }

    private void go(DashboardLink target) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(target.page(contextPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public List<DashboardSchool> getSchools() {
        return schools;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public DashboardCharts getCharts() {
        return charts;
    }

    /** Whether the address named a school (or class) the caller does not lead. */
    public boolean isMissing() {
        return missing;
    }

    public PagedTable<PupilWithoutMeal> getWithoutMeal() {
        return withoutMeal;
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

    public Long getChosenClass() {
        return chosenClass;
    }

    public void setChosenClass(Long chosenClass) {
        this.chosenClass = chosenClass;
    }

    public boolean isPresentOnly() {
        return presentOnly;
    }

    public void setPresentOnly(boolean presentOnly) {
        this.presentOnly = presentOnly;
    }
}
