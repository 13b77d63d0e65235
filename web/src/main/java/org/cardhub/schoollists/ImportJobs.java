package org.cardhub.schoollists;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.IssuedCodes;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The activation codes this person was handed back, by import: the cards keep only the codes' keyed hashes, so the
     * printable list can be made only here, from these. Held in memory with the session, never written anywhere.
     */
    private transient Map<Long, IssuedCodes> codes = new ConcurrentHashMap<>();

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

    /** Forgets an ended import, so the page shows its form again; the codes it made stay for its list. */
    public void dismiss() {
        if (current != null && current.state() != ImportJob.State.RUNNING) {
            Optional.ofNullable(current.outcome()).map(ImportOutcome::codes).ifPresent(this::remember);
            current = null;
        }
    }

    /** Codes issued anew for an import's list; they replace any held before. */
    public void remember(IssuedCodes issued) {
        held().put(issued.importId(), issued);
    }

    /** The codes of the import this person was handed back in this session, if any. */
    public Optional<IssuedCodes> codesOf(long importId) {
        Optional<IssuedCodes> ofTheJob = Optional.ofNullable(current).map(ImportJob::outcome).map(ImportOutcome::codes)
                .filter(issued -> issued.importId() == importId);
        return ofTheJob.isPresent() ? ofTheJob : Optional.ofNullable(held().get(importId));
    }

    private Map<Long, IssuedCodes> held() {
        if (codes == null) {
            codes = new ConcurrentHashMap<>();
        }
        return codes;
    }
}
