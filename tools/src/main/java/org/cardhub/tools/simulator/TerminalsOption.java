package org.cardhub.tools.simulator;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terminals to play, from {@code --terminals FILE} and the repeatable {@code --terminal ID:KEY[:KIND]}; the five
 * demo terminals when neither is given.
 */
final class TerminalsOption {

    private TerminalsOption() {
    }

    static List<SimulatedTerminal> read(Path file, List<String> specs) throws InvalidOptionsException {
        List<SimulatedTerminal> terminals = new ArrayList<>();
        if (file != null) {
            terminals.addAll(CommandLine.readFile("terminals", file, TerminalsOption::readFile));
        }
        for (String spec : specs) {
            terminals.add(terminal(spec));
        }
        if (terminals.isEmpty()) {
            for (String id : SimulatorOptions.DEMO_TERMINALS) {
                terminals.add(new SimulatedTerminal(id, SimulatorOptions.DEMO_TERMINAL_KEY, SimulatedTerminalKind.ofTerminalId(id).orElseThrow()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (SimulatedTerminal terminal : terminals) {
            if (!ids.add(terminal.id())) {
                throw new InvalidOptionsException("terminal " + terminal.id() + " is given twice");
            }
        }
        return List.copyOf(terminals);
    }

    /** {@code ID:KEY} or {@code ID:KEY:KIND}; the key may itself contain colons. */
    static SimulatedTerminal terminal(String spec) throws InvalidOptionsException {
        int first = spec.indexOf(':');
        if (first <= 0 || first == spec.length() - 1) {
            throw new InvalidOptionsException("--terminal: '" + spec + "' is not ID:KEY[:KIND]");
        }
        String id = spec.substring(0, first).trim();
        String key = spec.substring(first + 1);
        SimulatedTerminalKind kind = null;
        int last = key.lastIndexOf(':');
        if (last > 0) {
            kind = SimulatedTerminalKind.named(key.substring(last + 1)).orElse(null);
            if (kind != null) {
                key = key.substring(0, last);
            }
        }
        return terminal("--terminal " + id, id, key, kind);
    }

    private static List<SimulatedTerminal> readFile(Path file) throws IOException {
        List<SimulatedTerminal> terminals = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")
                    || lineNumber == 1 && trimmed.toLowerCase(Locale.ROOT).startsWith("terminalid,")) {
                continue;
            }
            String[] fields = trimmed.split("\\s*,\\s*", -1);
            String where = file + " line " + lineNumber;
            if (fields.length < 2 || fields.length > 3) {
                throw new IllegalArgumentException(where + ": expected terminalId,secretKey[,kind]");
            }
            SimulatedTerminalKind kind = null;
            if (fields.length == 3 && !fields[2].isEmpty()) {
                kind = SimulatedTerminalKind.named(fields[2]).orElseThrow(() -> new IllegalArgumentException(where
                        + ": unknown terminal kind '" + fields[2] + "'"));
            }
            try {
                terminals.add(terminal(where, fields[0], fields[1], kind));
            } catch (InvalidOptionsException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        return terminals;
    }

    private static SimulatedTerminal terminal(String where, String id, String key, SimulatedTerminalKind kind)
            throws InvalidOptionsException {
        if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidOptionsException(where + ": terminal id '" + id + "' is empty or has blanks");
        }
        if (key.isEmpty()) {
            throw new InvalidOptionsException(where + ": the secret key is empty");
        }
        SimulatedTerminalKind known = kind != null ? kind : SimulatedTerminalKind.ofTerminalId(id).orElseThrow(() ->
                new InvalidOptionsException(where + ": cannot tell the kind of terminal " + id
                        + "; add it (FUEL_POS, CANTEEN_POS, TURNSTILE, TRANSPORT_VALIDATOR or CASH_KIOSK)"));
        return new SimulatedTerminal(id, key, known);
    }
}
