package org.cardhub.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.meals.boundary.CanteenSales;
import org.cardhub.meals.entity.InvalidSalesPeriodException;
import org.cardhub.meals.entity.SalesPeriod;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.money.Amount;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolRef;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A school canteen's sales over a period ({@code …sales.xhtml?school=ID&from=yyyy-MM-dd&to=yyyy-MM-dd}; the caller's
 * first school and the current month of the school when not given): totals, by category of customer, a chart and a table
 * by day, by dish and by class, and the same as XLSX or PDF. A period is chosen as a day, a week or a month around its
 * first day, stepped back or forth, or typed; every choice is a new address, so a report can be bookmarked and shared.
 */
@Named
@ViewScoped
public class SalesView implements Serializable {

    /** How a period was chosen: its length, which the arrows step by. */
    public enum Preset { DAY, WEEK, MONTH, CUSTOM }

    @Inject
    CanteenSales sales;

    @Inject
    Language language;

    private SalesPages pages;
    private List<SchoolRef> schools = List.of();
    private Long schoolId;
    private LocalDate from;
    private LocalDate to;
    private SalesReport report;
    private String chart;

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
        LocalDate today = LocalDate.now(school.zone());
        from = date(parameters.get("from"));
        to = date(parameters.get("to"));
        if (from == null && to == null) {
            SalesPeriod month = SalesPeriod.month(YearMonth.from(today));
            from = month.from();
            to = month.to();
        } else if (from == null || to == null) {
            from = from == null ? to : from;
            to = to == null ? from : to;
        }
        try {
            report = sales.report(schoolId, from, to);
            chart = SalesChart.of(report, new SalesTexts(language.getLocale()));
        } catch (InvalidSalesPeriodException refused) {
            PageMessages.refuse(refused.code() == InvalidSalesPeriodException.Code.PERIOD_MISSING ? "sales:from" : "sales:to",
                    "sales.error." + refused.code().name());
        } catch (AccessDeniedException | EJBAccessException refused) {
            report = null;
            schoolId = null;
        }
    }

    /** Shows the period typed. */
    public String show() {
        return address(from, to);
    }

    /** Shows the same period at the school just chosen. */
    public void schoolChosen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + address(from, to).replace("?faces-redirect=true&", ".xhtml?"));
    }

    public String day() {
        LocalDate anchor = anchor();
        return address(anchor, anchor);
    }

    public String week() {
        SalesPeriod week = SalesPeriod.weekOf(anchor());
        return address(week.from(), week.to());
    }

    public String month() {
        SalesPeriod month = SalesPeriod.month(YearMonth.from(anchor()));
        return address(month.from(), month.to());
    }

    /** The period of the same kind before this one (a month for a month, else as many days). */
    public String previous() {
        return step(-1);
    }

    public String next() {
        return step(1);
    }

    public Preset getPreset() {
        if (from == null || to == null) {
            return Preset.CUSTOM;
        }
        if (from.equals(to)) {
            return Preset.DAY;
        }
        if (SalesPeriod.weekOf(from).equals(new SalesPeriod(from, to))) {
            return Preset.WEEK;
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return Preset.MONTH;
        }
        return Preset.CUSTOM;
    }

    private String step(int direction) {
        if (from == null || to == null) {
            return show();
        }
        if (getPreset() == Preset.MONTH) {
            SalesPeriod month = SalesPeriod.month(YearMonth.from(from).plusMonths(direction));
            return address(month.from(), month.to());
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return address(from.plusDays(direction * days), to.plusDays(direction * days));
    }

    private LocalDate anchor() {
        SchoolRef school = school();
        return from != null ? from : LocalDate.now(school == null ? ZoneId.systemDefault() : school.zone());
    }

    private String address(LocalDate first, LocalDate last) {
        StringBuilder address = new StringBuilder(pages.salesPage()).append("?faces-redirect=true");
        if (schoolId != null) {
            address.append("&school=").append(schoolId);
        }
        if (first != null) {
            address.append("&from=").append(first);
        }
        if (last != null) {
            address.append("&to=").append(last);
        }
        return address.toString();
    }

    /** The address of the report's file in {@code format} ({@code xlsx}, {@code pdf}). */
    public String fileLink(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + pages.salesFile()
                + "?school=" + schoolId + "&from=" + report.period().from() + "&to=" + report.period().to() + "&format=" + format;
    }

    /** The month's statement of the settlements, the month of the period's first day. */
    public String settlementsLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + pages.settlementsPage()
                + ".xhtml?school=" + schoolId + "&month=" + YearMonth.from(report.period().from());
    }

    private Long chosenSchool(String parameter) {
        Long wanted = parameter == null || !parameter.strip().matches("\\d{1,18}") ? null : Long.valueOf(parameter.strip());
        if (wanted != null && schools.stream().anyMatch(school -> school.id() == wanted)) {
            return wanted;
        }
        return schools.isEmpty() ? null : schools.get(0).id();
    }

    private static LocalDate date(String parameter) {
        try {
            return parameter == null || parameter.isBlank() ? null : LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    public SchoolRef school() {
        return schools.stream().filter(school -> schoolId != null && school.id() == schoolId).findFirst().orElse(null);
    }

    public String category(PupilCategory category) {
        return PageMessages.text("sales.category." + category.name());
    }

    /** A part of the revenue as a percentage of the whole. */
    public String share(Amount part) {
        return new SalesTexts(language.getLocale()).share(part.minorUnits(), report.total().revenueMinor());
    }

    public String day(LocalDate day) {
        return SalesTexts.day(day);
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

    public SalesReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }
}
