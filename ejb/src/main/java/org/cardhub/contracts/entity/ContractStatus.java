package org.cardhub.contracts.entity;

import java.util.Set;

/** application → active ⇄ suspended → closed; a closed contract never reopens. */
public enum ContractStatus {
    APPLICATION,
    ACTIVE,
    SUSPENDED,
    CLOSED;

    public boolean mayBecome(ContractStatus next) {
        return switch (this) {
            case APPLICATION -> Set.of(ACTIVE, CLOSED).contains(next);
            case ACTIVE -> Set.of(SUSPENDED, CLOSED).contains(next);
            case SUSPENDED -> Set.of(ACTIVE, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
