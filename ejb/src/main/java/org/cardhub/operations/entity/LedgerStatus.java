package org.cardhub.operations.entity;

import java.time.Instant;

/**
 * The latest word of the ledger check, as the readiness check, the gauges and the back office's banner read it:
 * unknown (no run yet) counts as sound, since nothing says otherwise.
 */
public record LedgerStatus(Long runId, Instant checkedAt, long problems) {

    public static final LedgerStatus UNKNOWN = new LedgerStatus(null, null, 0);

    public static LedgerStatus of(LedgerCheckRun run) {
        return new LedgerStatus(run.id(), run.finishedAt(), run.problemsFound());
    }

    public boolean isSound() {
        return problems == 0;
    }

    public boolean isKnown() {
        return runId != null;
    }
}
