package org.cardhub.contracts.entity;

import java.util.Objects;

/** Why a contract refuses an operation on its money, with the sentence that says so. */
public record ContractRefusal(Reason reason, String explanation) {

    public enum Reason {
        /** An application, suspended or closed. */
        INACTIVE,
        /** A wallet's balance or monthly turnover would go over the cap of its tier. */
        WALLET_CAP
    }

    public ContractRefusal {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(explanation);
    }
}
