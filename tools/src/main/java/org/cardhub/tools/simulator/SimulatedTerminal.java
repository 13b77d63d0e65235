package org.cardhub.tools.simulator;

import java.util.Objects;

/** A terminal the simulator plays: its id, the secret key it signs with, and what kind of terminal it is. */
record SimulatedTerminal(String id, String key, SimulatedTerminalKind kind) {

    SimulatedTerminal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return id + " (" + kind + ")";
    }
}
