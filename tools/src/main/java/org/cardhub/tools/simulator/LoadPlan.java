package org.cardhub.tools.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the sessions send: which operations in which mix, by which terminals with which cards, how many of them twice
 * or spoilt, and how long to wait for replies. Operations no configured terminal (with cards) can perform are left
 * out of the mix, with a warning.
 */
final class LoadPlan {

    private final List<SimulatedTerminal> terminals;
    private final CardPool cards;
    private final OperationMix mix;
    private final Map<Operation, List<SimulatedTerminal>> performers = new EnumMap<>(Operation.class);
    private final List<String> warnings = new ArrayList<>();
    private final double duplicatesPercent;
    private final double malformedPercent;
    private final Duration replyTimeout;
    private final int retries;
    private final Duration reconnectFor;

    LoadPlan(List<SimulatedTerminal> terminals, CardPool cards, OperationMix requested, double duplicatesPercent,
            double malformedPercent, Duration replyTimeout, int retries, Duration reconnectFor) {
        this.terminals = List.copyOf(terminals);
        this.cards = cards;
        this.duplicatesPercent = duplicatesPercent;
        this.malformedPercent = malformedPercent;
        this.replyTimeout = replyTimeout;
        this.retries = retries;
        this.reconnectFor = reconnectFor;
        for (Operation operation : Operation.values()) {
            List<SimulatedTerminal> able = terminals.stream()
                    .filter(t -> t.kind().sends(operation) && cards.hasCardsFor(t.kind())).toList();
            if (operation == Operation.PURCHASE) {
                // canteen purchases when there is a canteen; car washes at the fuel POS otherwise
                List<SimulatedTerminal> canteens = able.stream().filter(t -> t.kind() == SimulatedTerminalKind.CANTEEN_POS).toList();
                able = canteens.isEmpty() ? able : canteens;
            }
            if (operation == Operation.REVERSAL && performersOf(Operation.PURCHASE).isEmpty()) {
                able = List.of();
            }
            if (!able.isEmpty()) {
                performers.put(operation, able);
            }
        }
        requested.weights().keySet().stream().filter(op -> !performers.containsKey(op)).forEach(op -> warnings.add(
                op + " is left out of the mix: no configured terminal with cards performs it"));
        this.mix = requested.keeping(performers::containsKey).orElseThrow(() -> new IllegalArgumentException(
                "none of the operations of the mix (" + requested + ") can be performed by the terminals "
                        + terminals + " with the cards given"));
    }

    private List<SimulatedTerminal> performersOf(Operation operation) {
        return performers.getOrDefault(operation, List.of());
    }

    /** The terminals that perform this operation (for a REVERSAL: those of the purchases). */
    List<SimulatedTerminal> terminalsFor(Operation operation) {
        return performersOf(operation);
    }

    List<SimulatedTerminal> terminals() {
        return terminals;
    }

    CardPool cards() {
        return cards;
    }

    OperationMix mix() {
        return mix;
    }

    List<String> warnings() {
        return warnings;
    }

    double duplicatesPercent() {
        return duplicatesPercent;
    }

    double malformedPercent() {
        return malformedPercent;
    }

    Duration replyTimeout() {
        return replyTimeout;
    }

    int retries() {
        return retries;
    }

    Duration reconnectFor() {
        return reconnectFor;
    }
}
