package org.cardhub.operations.entity;

import java.util.List;

/** What the operations page shows: the minutes sampled in its window, the ledger check's runs then and its latest word. */
public record OperationsPicture(List<MinuteFigures> minutes, List<LedgerCheckRun> runs, LedgerStatus ledger) {

    public OperationsPicture {
        minutes = List.copyOf(minutes);
        runs = List.copyOf(runs);
    }

    public boolean hasSamples() {
        return !minutes.isEmpty();
    }
}
