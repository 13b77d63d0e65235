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
 * Writes a contract's filtered transactions into a sheet chunk by chunk, {@value #CHUNK} rows a statement, each
 * chunk after the last row of the one before, never the whole set at once; the totals come from the same statement
 * as the page's, so the file ends with the figures shown above the table (a transaction booked while the file is
 * written may appear in its rows and not yet in its totals).
 */
public final class TransactionExport {

    static final int CHUNK = 100;

    private final FleetTransactions transactions;

    public TransactionExport(FleetTransactions transactions) {
        this.transactions = transactions;
    }

    /** The totals, read first: the object check refuses a contract not the caller's before anything is written. */
    public TransactionTotals totals(long contractId, TransactionFilter filter) {
        return transactions.totals(contractId, filter);
    }

    public void write(long contractId, TransactionFilter filter, TransactionTotals totals, TransactionSheet sheet)
            throws IOException {
        sheet.header();
        TransactionRow last = null;
        List<TransactionRow> chunk;
        do {
            chunk = transactions.after(contractId, filter, last, CHUNK);
            for (TransactionRow row : chunk) {
                sheet.row(row);
            }
            last = chunk.isEmpty() ? last : chunk.get(chunk.size() - 1);
        } while (chunk.size() == CHUNK);
        sheet.totals(totals);
        sheet.finish();
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
