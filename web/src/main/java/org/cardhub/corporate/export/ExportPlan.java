package org.cardhub.corporate.export;

import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionGroupChoice;
import org.cardhub.fleet.entity.TransactionHeading;
import org.cardhub.fleet.entity.TransactionTotals;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One export as it was asked for: the contract, the filter, the format, the words and heading in the asker's language,
 * the totals the file ends with and the file's name. Made on the asker's request, so the read model checks the
 * contract is theirs before anything is written; written then at once or by a background job.
 */
public record ExportPlan(long contractId, TransactionFilter filter, ExportFormat format, TransactionLabels labels,
                         ExportHeading heading, TransactionTotals totals, String fileName) {

    public static ExportPlan of(FleetTransactions transactions, long contractId, TransactionFilter filter,
                                ExportFormat format, Locale locale, Instant now) {
        TransactionHeading heading = transactions.heading(contractId);
        TransactionTotals totals = transactions.totals(contractId, filter);
        TransactionLabels labels = new TransactionLabels(locale, heading.timeZone());
        Map<Long, String> groups = filter.groupId() == null ? Map.of() : transactions.groups(contractId).stream()
                .collect(Collectors.toMap(TransactionGroupChoice::id, TransactionGroupChoice::name));
        return new ExportPlan(contractId, filter, format, labels, ExportHeading.of(heading, filter, labels, groups, now), totals,
                TransactionExport.fileName(heading.contract(), filter, format.extension()));
    }

    /** Writes the file into {@code out}; false when {@code progress} was cancelled before the end. */
    public boolean write(FleetTransactions transactions, OutputStream out, ExportProgress progress) throws IOException {
        try (TransactionSheet sheet = format.sheet(out, labels, heading)) {
            return new TransactionExport(transactions).write(contractId, filter, totals, sheet, progress);
        }
    }
}
