package org.cardhub.tools.simulator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of terminal the simulator plays, named as the server names them, and what each of them sends. */
enum SimulatedTerminalKind {
    FUEL_POS("FUEL", CardGroup.FUEL, EnumSet.of(Operation.AUTHORIZE_COMPLETE, Operation.PURCHASE, Operation.REVERSAL)),
    CANTEEN_POS("CANTEEN", CardGroup.SCHOOL, EnumSet.of(Operation.PURCHASE, Operation.REVERSAL)),
    TURNSTILE("GATE", CardGroup.SCHOOL, EnumSet.of(Operation.ENTRY, Operation.EXIT)),
    TRANSPORT_VALIDATOR("BUS", CardGroup.SCHOOL, EnumSet.of(Operation.FARE)),
    CASH_KIOSK("KIOSK", CardGroup.SCHOOL, EnumSet.of(Operation.CASH_IN));

    private final String idPrefix;
    private final CardGroup cards;
    private final Set<Operation> operations;

    SimulatedTerminalKind(String idPrefix, CardGroup cards, Set<Operation> operations) {
        this.idPrefix = idPrefix;
        this.cards = cards;
        this.operations = operations;
    }

    /** The group of cards this kind of terminal is used with. */
    CardGroup cards() {
        return cards;
    }

    boolean sends(Operation operation) {
        return operations.contains(operation);
    }

    /** The kind named in a terminal list: the server's name (FUEL_POS) or the id prefix (FUEL), any case. */
    static Optional<SimulatedTerminalKind> named(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (SimulatedTerminalKind kind : values()) {
            if (kind.name().equals(wanted) || kind.idPrefix.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a demo-style terminal id stands for: FUEL-0001 is a fuel POS, GATE-0001 a turnstile. */
    static Optional<SimulatedTerminalKind> ofTerminalId(String terminalId) {
        String upper = terminalId.toUpperCase(Locale.ROOT);
        for (SimulatedTerminalKind kind : values()) {
            if (upper.startsWith(kind.idPrefix + "-") || upper.startsWith(kind.idPrefix + "_")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
