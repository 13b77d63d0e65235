package org.cardhub.corporate;

import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.Vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The holders of an order as a person types or pastes them, one card a line: vehicle; plate; driver; tank in litres —
 * cells split by a semicolon or a tab (a spreadsheet's rows pasted), any cell may be empty, blank lines are skipped and
 * a first line of column titles is recognised and skipped. Each line is checked by the card's own rules
 * ({@link Vehicle}); the first line broken is said with its number.
 */
final class HolderLines {

    /** 10 000 cards, the most one order takes, and room for blank lines and a title. */
    static final int MAX_LINES = 10_100;
    private static final Pattern CELLS = Pattern.compile("[;\\t]");
    private static final Set<String> PLATE_TITLES = Set.of("госномер", "гос. номер", "гос.номер", "номер", "plate",
            "registration", "number plate");

    private final List<Vehicle> holders;
    private final List<Integer> typedLines;

    private HolderLines(List<Vehicle> holders, List<Integer> typedLines) {
        this.holders = List.copyOf(holders);
        this.typedLines = List.copyOf(typedLines);
    }

    /** The holders of {@code text} (null or blank: none); refused with the typed line's number when one is broken. */
    static HolderLines parse(String text) {
        List<Vehicle> holders = new ArrayList<>();
        List<Integer> typed = new ArrayList<>();
        String[] lines = text == null || text.isBlank() ? new String[0] : text.split("\\r?\\n|\\r", -1);
        if (lines.length > MAX_LINES) {
            throw new Problem(MAX_LINES + 1, "TOO_MANY_LINES");
        }
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.isBlank() || holders.isEmpty() && typed.isEmpty() && isTitle(line)) {
                continue;
            }
            String[] cells = CELLS.split(line, -1);
            if (cells.length > 4) {
                throw new Problem(index + 1, "TOO_MANY_CELLS");
            }
            try {
                holders.add(new Vehicle(cell(cells, 0), cell(cells, 1), cell(cells, 2), Vehicle.tankMillilitres(cell(cells, 3))));
                typed.add(index + 1);
            } catch (InvalidCardOperationException broken) {
                throw new Problem(index + 1, broken.code().name());
            }
        }
        return new HolderLines(holders, typed);
    }

    List<Vehicle> holders() {
        return holders;
    }

    int count() {
        return holders.size();
    }

    /** The typed line of the {@code card}-th holder (1 for the first); past the last, the line after it. */
    int typedLineOf(int card) {
        if (card >= 1 && card <= typedLines.size()) {
            return typedLines.get(card - 1);
        }
        return typedLines.isEmpty() ? card : typedLines.get(typedLines.size() - 1) + (card - typedLines.size());
    }

    private static boolean isTitle(String line) {
        String[] cells = CELLS.split(line, -1);
        return cells.length >= 2 && PLATE_TITLES.contains(cells[1].strip().toLowerCase(Locale.ROOT));
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length && !cells[index].isBlank() ? cells[index].strip() : null;
    }

    /** A typed line that breaks a rule: its number (1 for the first) and the rule's code. */
    static final class Problem extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int line;
        private final String code;

        Problem(int line, String code) {
            super("Line " + line + ": " + code);
            this.line = line;
            this.code = code;
        }

        int line() {
            return line;
        }

        String code() {
            return code;
        }
    }
}
