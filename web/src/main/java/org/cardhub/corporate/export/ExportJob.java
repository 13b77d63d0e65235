package org.cardhub.corporate.export;

import org.cardhub.fleet.boundary.FleetTransactions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A long export written in the background into a temporary file: how far it got (the rows written against the
 * count its totals gave), whether it is done, failed or was cancelled, and the file until it is downloaded. The file
 * is deleted when the job is cancelled, fails, is downloaded or forgotten with the session.
 */
public final class ExportJob implements ExportProgress {

    public enum State { RUNNING, DONE, FAILED, CANCELLED }

    private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

    private final String id = UUID.randomUUID().toString();
    private final ExportPlan plan;
    private final Path file;
    private final AtomicLong written = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile boolean cancelRequested;

    ExportJob(ExportPlan plan) throws IOException {
        this.plan = plan;
        this.file = Files.createTempFile("cardhub-export-", "." + plan.format().extension());
    }

    /** Writes the file; runs on a managed thread with the asker's identity. */
    void run(FleetTransactions transactions) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            boolean finished = plan.write(transactions, out, this);
            state = finished && !cancelRequested ? State.DONE : State.CANCELLED;
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "The export " + plan.fileName() + " failed", failed);
            state = cancelRequested ? State.CANCELLED : State.FAILED;
        }
        if (state != State.DONE) {
            delete();
        }
    }

    @Override
    public void written(long rows) {
        written.set(rows);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    /** Stops it at the next chunk, or drops the finished file. */
    public void cancel() {
        cancelRequested = true;
        if (state != State.RUNNING) {
            if (state == State.DONE) {
                state = State.CANCELLED;
            }
            delete();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException undeletable) {
            LOG.log(Level.WARNING, "Cannot delete the export file " + file, undeletable);
        }
    }

    /** 0 to 100 by the rows written; 100 once it ended in any way, which tells the page to look at the result. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        long total = Math.max(1, plan.totals().count());
        return (int) Math.min(99, written.get() * 100 / total);
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public long written() {
        return written.get();
    }

    public long total() {
        return plan.totals().count();
    }

    public ExportPlan plan() {
        return plan;
    }

    Path file() {
        return file;
    }
}
