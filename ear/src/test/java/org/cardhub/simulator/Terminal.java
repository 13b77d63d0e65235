package org.cardhub.simulator;

import java.util.Objects;

/** A terminal the simulator plays: its id, the secret key it signs with, and what kind of terminal it is. */
record Terminal(String id, String key, TerminalKind kind) {

    Terminal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return id + " (" + kind + ")";
    }
}
