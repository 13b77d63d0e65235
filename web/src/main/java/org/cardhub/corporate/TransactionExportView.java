package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.corporate.export.ExportFileServlet;
import org.cardhub.corporate.export.ExportFormat;
import org.cardhub.corporate.export.ExportJob;
import org.cardhub.corporate.export.ExportJobs;
import org.cardhub.corporate.export.ExportPlan;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.refusal.Refusal;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The transactions page's exports: the filtered set as XLSX, CSV or PDF, sent at once when short, prepared in the
 * background when long ({@link ExportJobs}) with a progress bar that polls the job, a cancel button, and the file
 * offered when ready. The job lives with the session, so the page shows it again after the manager comes back.
 */
@Named
@ViewScoped
public class TransactionExportView implements Serializable {

    /**
     * The page's parameter that lowers the number of rows above which exports run in the background, never raises
     * it: a manager may prefer the progress bar for smaller files (and a test needs it on the demo's few rows).
     */
    public static final String BACKGROUND_ABOVE = "backgroundAbove";

    @Inject
    TransactionsView page;

    @Inject
    ExportJobs jobs;

    @Inject
    FleetTransactions transactions;

    @Inject
    Language language;

    /**
     * Whether the page shows the job's progress bar: from its start, or from the page's opening while it runs, until
     * the bar reports it ended — so even a job that ends at once shows its bar, and then its file.
     */
    private boolean watching;

    /** Above how many rows this page prepares exports in the background: the configured number, or fewer if asked. */
    private long backgroundRows;

    @PostConstruct
    void load() {
        watching = getJob() != null && getJob().state() == ExportJob.State.RUNNING && !getJob().cancelled();
        backgroundRows = jobs.backgroundRows();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(BACKGROUND_ABOVE);
        if (asked != null && asked.matches("\\d{1,9}")) {
            backgroundRows = Math.min(backgroundRows, Long.parseLong(asked));
        }
    }

    /** Whether the set on the page is long enough to be prepared in the background. */
    public boolean isInBackground() {
        return page.getTotals().count() > backgroundRows;
    }

    public long getBackgroundRows() {
        return backgroundRows;
    }

    public void start(String format) {
        if (page.getContractId() != null) {
            try {
                jobs.start(ExportPlan.of(transactions, page.getContractId(), page.getFilter(), ExportFormat.valueOf(format),
                        language.getLocale(), Instant.now()));
                watching = true;
            } catch (Refusal | EJBException | UncheckedIOException notStarted) {
                PageMessages.refuse(null, "fleet.tx.exportFailed");
            }
        }
    }

    /** The progress bar reached 100: the job ended one way or another. */
    public void ended() {
        watching = false;
    }

    public boolean isWatching() {
        return watching && getJob() != null;
    }

    public ExportJob getJob() {
        return jobs.current().orElse(null);
    }

    /** The progress bar's value: the share of rows written, 100 once the job ended whichever way. */
    public Integer getPercent() {
        return getJob() == null ? 0 : getJob().percent();
    }

    public void cancel() {
        jobs.cancel();
        watching = false;
    }

    /** Closes a finished, failed or cancelled job's notice (and drops a file not downloaded). */
    public void dismiss() {
        jobs.forgetCurrent();
    }

    public String getDownloadLink() {
        return getJob() == null ? "" : ExportFileServlet.link(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath(), getJob());
    }
}
