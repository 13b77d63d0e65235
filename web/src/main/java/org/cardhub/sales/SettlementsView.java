package org.cardhub.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.CanteenSales;
import org.cardhub.meals.boundary.SupplierSettlements;
import org.cardhub.meals.entity.SettlementStatement;
import org.cardhub.school.entity.SchoolRef;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A month's statement of what a school's canteen supplier was paid for the school's canteen sales
 * ({@code …settlements.xhtml?school=ID&month=yyyy-MM}; the caller's first school and its current month when not given):
 * each day settled with its sales, commission, share and meals, the month's totals, the supplier's account from the
 * month's opening balance to its closing one (for the supplier's people and the back office), and the same as PDF or
 * XLSX.
 */
@Named
@ViewScoped
public class SettlementsView implements Serializable {

    @Inject
    CanteenSales sales;

    @Inject
    SupplierSettlements settlements;

    @Inject
    Language language;

    private SalesPages pages;
    private List<SchoolRef> schools = List.of();
    private Long schoolId;
    private YearMonth month;
    private SettlementStatement statement;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        pages = SalesPages.of(faces.getViewRoot().getViewId()).orElse(SalesPages.CANTEEN);
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        schools = sales.schools();
        schoolId = chosenSchool(parameters.get("school"));
        SchoolRef school = school();
        if (school == null) {
            return;
        }
        month = month(parameters.get("month"));
        if (month == null) {
            month = YearMonth.from(LocalDate.now(school.zone()));
        }
        try {
            statement = settlements.statement(schoolId, month);
        } catch (AccessDeniedException | EJBAccessException refused) {
            statement = null;
            schoolId = null;
        }
    }

    /** Shows the same month at the school just chosen. */
    public void schoolChosen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + address(month).replace("?faces-redirect=true&", ".xhtml?"));
    }

    public String previous() {
        return address(month.minusMonths(1));
    }

    public String next() {
        return address(month.plusMonths(1));
    }

    private String address(YearMonth shown) {
        return pages.settlementsPage() + "?faces-redirect=true" + (schoolId == null ? "" : "&school=" + schoolId)
                + (shown == null ? "" : "&month=" + shown);
    }

    public String fileLink(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + pages.settlementsFile()
                + "?school=" + schoolId + "&month=" + month + "&format=" + format;
    }

    /** The month's sales report. */
    public String salesLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + pages.salesPage()
                + ".xhtml?school=" + schoolId + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    }

    private Long chosenSchool(String parameter) {
        Long wanted = parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
        if (wanted != null && schools.stream().anyMatch(school -> school.id() == wanted)) {
            return wanted;
        }
        return schools.isEmpty() ? null : schools.get(0).id();
    }

    private static YearMonth month(String parameter) {
        try {
            return parameter == null || parameter.isBlank() ? null : YearMonth.parse(parameter.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    public SchoolRef school() {
        return schools.stream().filter(school -> schoolId != null && school.id() == schoolId).findFirst().orElse(null);
    }

    /** «Выписка по расчётам за декабрь 2026». */
    public String title() {
        SalesTexts texts = new SalesTexts(language.getLocale());
        return texts.text("settle.statementOf", texts.month(month));
    }

    public String monthName(YearMonth shown) {
        return new SalesTexts(language.getLocale()).month(shown);
    }

    public String percent(int basisPoints) {
        return new SalesTexts(language.getLocale()).percent(basisPoints);
    }

    public String day(LocalDate day) {
        return SalesTexts.day(day);
    }

    public String moment(Instant at) {
        return SalesTexts.moment(at, school().zone());
    }

    public List<SchoolRef> getSchools() {
        return schools;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public YearMonth getMonth() {
        return month;
    }

    public SettlementStatement getStatement() {
        return statement;
    }
}
