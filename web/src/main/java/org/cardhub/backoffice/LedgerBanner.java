package org.cardhub.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.operations.boundary.OperationsBoard;
import org.cardhub.operations.entity.LedgerStatus;

/** The red banner of the back office's home page while the ledger check finds problems, with the way to the details. */
@Named
@RequestScoped
public class LedgerBanner {

    @Inject
    OperationsBoard board;

    private LedgerStatus status;

    public boolean isBroken() {
        return !status().isSound();
    }

    public long getProblems() {
        return status().problems();
    }

    public String getCheckedAt() {
        return MoscowTime.format(status().checkedAt());
    }

    private LedgerStatus status() {
        if (status == null) {
            status = board.ledger();
        }
        return status;
    }
}
