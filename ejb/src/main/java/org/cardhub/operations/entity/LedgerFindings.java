package org.cardhub.operations.entity;

import java.util.List;

/**
 * What one run of the ledger check found: how many entries and accounts it looked at, how many problems there are in
 * all, and the first of them (by entry, then by account).
 */
public record LedgerFindings(long entriesChecked, long accountsChecked, long problemsFound, List<LedgerProblem> firstProblems) {

    public LedgerFindings {
        firstProblems = List.copyOf(firstProblems);
    }

    public boolean isSound() {
        return problemsFound == 0;
    }
}
