package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;

import java.io.IOException;

/**
 * A file of transactions written as the rows come: its header first, then row after row, then the totals, and
 * {@link #finish} sends what is left. A sheet keeps only a small window of rows in memory, whatever the file's length.
 */
public interface TransactionSheet extends AutoCloseable {

    void header() throws IOException;

    void row(TransactionRow row) throws IOException;

    void totals(TransactionTotals totals) throws IOException;

    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
