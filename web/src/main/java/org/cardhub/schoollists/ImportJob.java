package org.cardhub.schoollists;

import org.cardhub.refusal.Refusal;
import org.cardhub.schooloffice.boundary.PupilImports;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.PupilFileRefusal;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A file of pupils being applied in the background: how far it got (0 to 100, as the import reports it), and how it
 * ended — applied (its outcome), refused by the rules (the refusal, with the rows it names), or failed. The file's bytes
 * are let go once it ended.
 */
public final class ImportJob {

    public enum State { RUNNING, DONE, REFUSED, FAILED }

    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());

    private final String id = UUID.randomUUID().toString();
    private final long schoolId;
    private final String fileName;
    private byte[] content;
    private volatile int percent;
    private volatile State state = State.RUNNING;
    private volatile ImportOutcome outcome;
    private volatile Refusal refusal;

    ImportJob(long schoolId, String fileName, byte[] content) {
        this.schoolId = schoolId;
        this.fileName = fileName;
        this.content = content;
    }

    /** Applies the file; runs on a managed thread with the asker's identity. */
    void run(PupilImports imports) {
        try {
            outcome = imports.apply(schoolId, fileName, content, done -> percent = Math.min(99, done));
            state = State.DONE;
        } catch (Refusal refused) {
            refusal = refused;
            state = State.REFUSED;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The import of " + fileName + " for school " + schoolId + " failed", failed);
            state = State.FAILED;
        } finally {
            content = null;
        }
    }

    /** 0 to 100; 100 once it ended in any way, which tells the page to look at the result. */
    public int percent() {
        return state == State.RUNNING ? percent : 100;
    }

    public String id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public String fileName() {
        return fileName;
    }

    public State state() {
        return state;
    }

    public ImportOutcome outcome() {
        return outcome;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The file's refusal when the rules refused it (its rows, its columns), else null. */
    public PupilFileRefusal fileRefusal() {
        return refusal instanceof PupilFileRefusal file ? file : null;
    }
}
