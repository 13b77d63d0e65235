package org.cardhub.schoollists;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import org.cardhub.schooloffice.boundary.PupilImports;

import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in person's import being applied: one at a time, kept with their session, so they may leave the page and
 * come back to its progress bar and result. It runs on the server's managed executor, which carries the person's
 * identity to the boundary; the page's request only starts it, so no request waits for a long import.
 */
@SessionScoped
public class ImportJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Resource
    transient ManagedExecutorService executor;

    @EJB
    PupilImports imports;

    private transient ImportJob current;

    /** Starts applying the file, unless an import of this person still runs (then that one is answered). */
    public ImportJob start(long schoolId, String fileName, byte[] content) {
        if (current != null && current.state() == ImportJob.State.RUNNING) {
            return current;
        }
        ImportJob job = new ImportJob(schoolId, fileName, content);
        current = job;
        executor.submit(() -> job.run(imports));
        return job;
    }

    /** The person's latest import of the school, running or ended. */
    public Optional<ImportJob> of(long schoolId) {
        return Optional.ofNullable(current).filter(job -> job.schoolId() == schoolId);
    }

    /** Forgets an ended import, so the page shows its form again. */
    public void dismiss() {
        if (current != null && current.state() != ImportJob.State.RUNNING) {
            current = null;
        }
    }
}
