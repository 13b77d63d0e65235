package org.cardhub.tools.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The cards presented at the simulated terminals, by group: fuel cards at fuel POS, pupils' cards (or school
 * contract numbers) at the school's terminals, cards of group ANY everywhere.
 */
final class CardPool {

    /** The README's demo fuel cards (all on FUEL-0001's fleet contract). */
    static final List<String> DEMO_FUEL_CARDS = List.of("7005990000000010", "7005990000000028", "7005990000000036",
            "7005990000000044", "7005990000000051");
    /** The README's demo pupils, by school contract number. */
    static final List<String> DEMO_PUPILS = List.of("10000001", "10000002", "10000003");

    private final Map<SimulatedTerminalKind, List<String>> usable = new EnumMap<>(SimulatedTerminalKind.class);
    private final int size;

    private CardPool(Map<CardGroup, List<String>> cards) {
        for (SimulatedTerminalKind kind : SimulatedTerminalKind.values()) {
            List<String> forKind = new ArrayList<>(cards.getOrDefault(kind.cards(), List.of()));
            forKind.addAll(cards.getOrDefault(CardGroup.ANY, List.of()));
            usable.put(kind, List.copyOf(forKind));
        }
        size = cards.values().stream().mapToInt(List::size).sum();
    }

    static CardPool demo() {
        Map<CardGroup, List<String>> cards = new EnumMap<>(CardGroup.class);
        cards.put(CardGroup.FUEL, DEMO_FUEL_CARDS);
        cards.put(CardGroup.SCHOOL, DEMO_PUPILS);
        return new CardPool(cards);
    }

    /**
     * Reads a card list: one card number (or school contract number, or wallet phone) per line, optionally followed
     * by {@code ,fuel}, {@code ,school} or {@code ,any} (the default); blank lines and lines starting with # are
     * skipped.
     */
    static CardPool read(Path file) throws IOException {
        Map<CardGroup, List<String>> cards = new EnumMap<>(CardGroup.class);
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s*,\\s*");
            if (fields.length > 2 || fields[0].isEmpty()) {
                throw new IllegalArgumentException(file + " line " + lineNumber
                        + ": expected NUMBER[,fuel|school|any]");
            }
            CardGroup group = CardGroup.ANY;
            if (fields.length == 2) {
                try {
                    group = CardGroup.valueOf(fields[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + ": unknown card group '"
                            + fields[1] + "' (fuel, school or any)");
                }
            }
            cards.computeIfAbsent(group, g -> new ArrayList<>()).add(fields[0]);
        }
        if (cards.isEmpty()) {
            throw new IllegalArgumentException(file + " has no cards");
        }
        return new CardPool(cards);
    }

    /** The cards a terminal of this kind can be presented with. */
    List<String> usableAt(SimulatedTerminalKind kind) {
        return usable.get(kind);
    }

    boolean hasCardsFor(SimulatedTerminalKind kind) {
        return !usableAt(kind).isEmpty();
    }

    String pickFor(SimulatedTerminalKind kind, Random random) {
        List<String> cards = usableAt(kind);
        if (cards.isEmpty()) {
            throw new IllegalStateException("no card for a " + kind);
        }
        return cards.get(random.nextInt(cards.size()));
    }

    int size() {
        return size;
    }
}
