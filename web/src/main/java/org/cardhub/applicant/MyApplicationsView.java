package org.cardhub.applicant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.callers.Role;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The applicant's home: their applications by period and status, newest first, with how many are in each status and
 * the report of them to download; the reason of a rejection as the back office wrote it. Once one is approved and the
 * person does not hold the role {@code corporate} in this sign-in yet, the page says so and offers to sign in again
 * (see {@link RenewSignInServlet}), which opens the company's cabinet.
 */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ApplicationFilter.ZONE);

    @Inject
    Applications applications;

    @Inject
    SignedInUser user;

    private LocalDate from;
    private LocalDate to;
    private ApplicationStatus status;
    private ApplicationFilter filter = ApplicationFilter.ALL;
    private LazyDataModel<ApplicationRow> table;
    private Map<ApplicationStatus, Long> summary;
    private List<ApplicationRow> approvedNotYetOpened = List.of();

    @PostConstruct
    void load() {
        if (!user.holds(Role.CORPORATE)) {
            approvedNotYetOpened = applications.mine(new ApplicationFilter(null, null, ApplicationStatus.APPROVED), 0, 10);
        }
        reload();
    }

    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.refuse("history:to", "onboarding.history.periodReversed");
            return;
        }
        filter = new ApplicationFilter(from, to, status);
        reload();
    }

    public void reset() {
        from = null;
        to = null;
        status = null;
        filter = ApplicationFilter.ALL;
        reload();
    }

    private void reload() {
        summary = applications.summaryOfMine(filter);
        table = new MyApplicationTable(applications, filter, applications.countMine(filter));
    }

    /** The report of the filter shown, as an XLSX file. */
    public String getReportLink() {
        return ApplicationReportServlet.link(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                filter);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public long getTotal() {
        return summary.values().stream().mapToLong(Long::longValue).sum();
    }

    public String getRenewPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + RenewSignInServlet.PATH;
    }

    public LazyDataModel<ApplicationRow> getTable() {
        return table;
    }

    public Map<ApplicationStatus, Long> getSummary() {
        return summary;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public List<ApplicationRow> getApprovedNotYetOpened() {
        return approvedNotYetOpened;
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

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }
}
