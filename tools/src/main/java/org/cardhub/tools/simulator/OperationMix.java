package org.cardhub.tools.simulator;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The share of each operation in the load, as in {@code AUTHORIZE_COMPLETE=40,PURCHASE=30,ENTRY=10}. */
final class OperationMix {

    static final String DEFAULT = "AUTHORIZE_COMPLETE=40,PURCHASE=30,ENTRY=10,FARE=10,CASH_IN=5,REVERSAL=5";

    private final Map<Operation, Integer> weights;
    private final int total;

    private OperationMix(Map<Operation, Integer> weights) {
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Reads {@code NAME=WEIGHT,...}: names of {@link Operation} (any case), whole non-negative weights (they need not
     * add up to 100), at least one of them positive.
     */
    static OperationMix parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the mix is empty; expected e.g. " + DEFAULT);
        }
        Map<Operation, Integer> weights = new EnumMap<>(Operation.class);
        for (String part : text.split(",")) {
            String[] nameAndWeight = part.split("=", -1);
            if (nameAndWeight.length != 2) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not NAME=WEIGHT");
            }
            Operation operation = operationNamed(nameAndWeight[0].trim());
            int weight;
            try {
                weight = Integer.parseInt(nameAndWeight[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the weight of " + operation + " is not a whole number: '"
                        + nameAndWeight[1].trim() + "'");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("the weight of " + operation + " is negative");
            }
            if (weights.put(operation, weight) != null) {
                throw new IllegalArgumentException(operation + " is given twice");
            }
        }
        weights.values().removeIf(weight -> weight == 0);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("all weights are zero");
        }
        return new OperationMix(weights);
    }

    private static Operation operationNamed(String name) {
        try {
            return Operation.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown operation '" + name + "'; known: " + Arrays.stream(
                    Operation.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    Map<Operation, Integer> weights() {
        return weights;
    }

    /** The same mix without the operations that fail {@code possible}; empty if none is left. */
    Optional<OperationMix> keeping(Predicate<Operation> possible) {
        Map<Operation, Integer> kept = new EnumMap<>(Operation.class);
        weights.forEach((operation, weight) -> {
            if (possible.test(operation)) {
                kept.put(operation, weight);
            }
        });
        return kept.isEmpty() ? Optional.empty() : Optional.of(new OperationMix(kept));
    }

    /** Draws an operation with probability weight / sum of weights. */
    Operation pick(Random random) {
        int ticket = random.nextInt(total);
        for (Map.Entry<Operation, Integer> entry : weights.entrySet()) {
            ticket -= entry.getValue();
            if (ticket < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    @Override
    public String toString() {
        return weights.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
