package org.cardhub.corporate.export;

import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes a contract's filtered transactions into a sheet chunk by chunk, as many rows a statement as the read model
 * hands out, each chunk after the last row of the one before, never the whole set at once, telling its progress
 * after each chunk; the totals come from the same statement as the page's, so the file ends with the figures shown
 * above the table (a transaction booked while the file is written may appear in its rows and not yet in its totals).
 */
public final class TransactionExport {

    static final int CHUNK = FleetTransactions.MAX_ROWS;

    private final FleetTransactions transactions;

    public TransactionExport(FleetTransactions transactions) {
        this.transactions = transactions;
    }

    /** Writes the whole file; false, with the sheet left unfinished, when {@code progress} was cancelled meanwhile. */
    public boolean write(long contractId, TransactionFilter filter, TransactionTotals totals, TransactionSheet sheet,
                         ExportProgress progress) throws IOException {
        sheet.header();
        TransactionRow last = null;
        long written = 0;
        List<TransactionRow> chunk;
        do {
            if (progress.cancelled()) {
                return false;
            }
            chunk = transactions.after(contractId, filter, last, CHUNK);
            for (TransactionRow row : chunk) {
                sheet.row(row);
            }
            written += chunk.size();
            progress.written(written);
            last = chunk.isEmpty() ? last : chunk.get(chunk.size() - 1);
        } while (chunk.size() == CHUNK);
        sheet.totals(totals);
        sheet.finish();
        return true;
    }

    /**
     * E.g. {@code transactions-F-00000001-2026-12.xlsx} for a period within a month,
     * {@code transactions-F-00000001-2026-11-15-2026-12-14.csv} for another period, no dates without one.
     */
    public static String fileName(String contractNumber, TransactionFilter filter, String extension) {
        String safeNumber = contractNumber.replaceAll("[^A-Za-z0-9-]", "_");
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        String period;
        if (from != null && to != null && YearMonth.from(from).equals(YearMonth.from(to))) {
            period = "-" + YearMonth.from(from);
        } else if (from != null || to != null) {
            period = "-" + (from == null ? "" : from.toString()) + "-" + (to == null ? "" : to.toString());
            period = period.replaceAll("-$", "").replace("--", "-");
        } else {
            period = "";
        }
        return "transactions-" + safeNumber + period + "." + extension;
    }
}
