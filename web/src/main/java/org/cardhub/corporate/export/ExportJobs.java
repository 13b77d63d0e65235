package org.cardhub.corporate.export;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The signed-in person's background export: one at a time, kept with their session so they may leave the page and
 * come back to it. Exports of more than {@code cardhub.export.background-rows} rows (2 000 unless configured; the
 * environment variable {@code CARDHUB_EXPORT_BACKGROUND_ROWS} sets it too) run here,
 * on the server's managed executor, which carries the person's identity to the read model; shorter ones are sent at
 * once. A new export replaces the one before; the session's end cancels it and deletes its file.
 */
@SessionScoped
public class ExportJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Resource
    transient ManagedExecutorService executor;

    @EJB
    FleetTransactions transactions;

    private transient ExportJob current;

    /** Above how many rows an export runs in the background. */
    public long backgroundRows() {
        // read when asked: Payara's config producer is not passivation capable, and this bean lives in the session
        return ConfigProvider.getConfig().getOptionalValue("cardhub.export.background-rows", Long.class).orElse(2000L);
    }

    public ExportJob start(ExportPlan plan) {
        forgetCurrent();
        try {
            ExportJob job = new ExportJob(plan);
            current = job;
            executor.submit(() -> job.run(transactions));
            return job;
        } catch (IOException noTemporaryFile) {
            throw new UncheckedIOException(noTemporaryFile);
        }
    }

    public Optional<ExportJob> current() {
        return Optional.ofNullable(current);
    }

    /** The finished job of this id, whose file may be downloaded. */
    public Optional<ExportJob> done(String id) {
        return current().filter(job -> job.id().equals(id) && job.state() == ExportJob.State.DONE);
    }

    public void cancel() {
        current().ifPresent(ExportJob::cancel);
    }

    /** Cancels the current job if it still runs and deletes its file. */
    @PreDestroy
    public void forgetCurrent() {
        cancel();
        current = null;
    }
}
