package org.cardhub.documents.control;

import org.cardhub.documents.entity.ReportRow;
import org.cardhub.fleet.entity.MonthMovement;

import java.io.Closeable;
import java.io.IOException;

/**
 * The transaction report in one format, written while the month streams past into the stream it was made with: its
 * head first, then row after row, then the totals once the month is summed up; {@link #close} drops its temporary
 * files.
 */
interface ReportSheet extends Closeable {

    /** A movement, and the same as the text of its cells. */
    void row(MonthMovement movement, ReportRow row) throws IOException;

    /** Writes the totals and ends the file. */
    void finish() throws IOException;
}
