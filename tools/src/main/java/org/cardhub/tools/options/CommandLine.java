package org.cardhub.tools.options;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool's command line: {@code --name value} or {@code --name=value} for the options the tool lists, each at most
 * once unless it is repeatable; {@code --help} (or {@code -h}) takes no value, if the tool lists it. Reading the
 * values is the tool's; the readings every tool shares (whole numbers, decimals, durations above zero, non-blank
 * text) are here.
 */
public final class CommandLine {

    /** The option every tool that prints its usage lists: a flag, no value. */
    public static final String HELP = "help";

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private final Map<String, String> options;
    private final Set<String> repeatable;

    /**
     * @param options    option name (without {@code --}) → its usage text: what its value looks like, some spaces,
     *                   what it does; {@code \n} starts a continuation line
     * @param repeatable the options that may be given more than once
     */
    public CommandLine(Map<String, String> options, Set<String> repeatable) {
        this.options = new LinkedHashMap<>(options);
        this.repeatable = Set.copyOf(repeatable);
    }

    /** An option as given: {@code value} is null for {@code --help}. */
    public record Option(String name, String value) {
    }

    /** The options given, in their order. */
    public List<Option> parse(String... args) throws InvalidOptionsException {
        List<Option> given = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") && options.containsKey(HELP)) {
                given.add(new Option(HELP, null));
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new InvalidOptionsException("unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!options.containsKey(name)) {
                throw new InvalidOptionsException("unknown option --" + name);
            }
            if (!seen.add(name) && !repeatable.contains(name)) {
                throw new InvalidOptionsException("--" + name + " is given twice");
            }
            if (name.equals(HELP)) {
                if (value != null) {
                    throw new InvalidOptionsException("--" + name + " takes no value");
                }
                given.add(new Option(HELP, null));
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new InvalidOptionsException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            given.add(new Option(name, value));
        }
        return given;
    }

    /** The options given, by name; for a tool whose options are all plain values, none repeatable. */
    public Map<String, String> values(String... args) throws InvalidOptionsException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Option option : parse(args)) {
            values.put(option.name(), option.value());
        }
        return values;
    }

    /**
     * The options given, with {@code required} among them; otherwise the tool {@code program} says what is wrong in
     * one line on standard error and exits with 1 (a data writer or checker run by a script, which has no help).
     */
    public Map<String, String> valuesOrExit(String program, String[] args, String... required) {
        try {
            Map<String, String> values = values(args);
            require(values, required);
            return values;
        } catch (InvalidOptionsException e) {
            System.err.println(program + ": " + e.getMessage());
            System.exit(1);
            throw new IllegalStateException("unreachable", e);
        }
    }

    /** Fails for the first of {@code names} that {@code values} lacks. */
    public static void require(Map<String, String> values, String... names) throws InvalidOptionsException {
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new InvalidOptionsException("Missing --" + name);
            }
        }
    }

    /**
     * The usage text: {@code header}, then one line per option, its name padded to {@code nameWidth}, continuation
     * lines lined up under the text after the value's placeholder (12 characters).
     */
    public String usage(String header, int nameWidth) {
        StringBuilder usage = new StringBuilder(header);
        String indent = System.lineSeparator() + " ".repeat(nameWidth + 17);
        options.forEach((name, text) -> usage.append(String.format(Locale.ROOT, "  --%-" + nameWidth + "s %s%n",
                name, text.replace("\n", indent))));
        return usage.toString();
    }

    /** A whole number from {@code min} to {@code max}. */
    public static long whole(String option, String value, long min, long max) throws InvalidOptionsException {
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidOptionsException("--" + option + ": " + number + (max == Long.MAX_VALUE
                    ? " is less than " + min : " is not between " + min + " and " + max));
        }
        return number;
    }

    /** A number from {@code min} to {@code max}. */
    public static double decimal(String option, String value, double min, double max)
            throws InvalidOptionsException {
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a number");
        }
        if (!(number >= min && number <= max)) {
            throw new InvalidOptionsException("--" + option + ": " + value + " is not between " + plain(min)
                    + " and " + plain(max));
        }
        return number;
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** {@code duration}, if it is more than zero. */
    public static Duration positive(String option, Duration duration) throws InvalidOptionsException {
        if (duration.isZero() || duration.isNegative()) {
            throw new InvalidOptionsException("--" + option + " must be more than zero");
        }
        return duration;
    }

    /** The value without blanks around it, if it is not all blank. */
    public static String nonBlank(String option, String value) throws InvalidOptionsException {
        if (value.isBlank()) {
            throw new InvalidOptionsException("--" + option + " must not be blank");
        }
        return value.strip();
    }

    /** A duration such as 500ms, 30s, 5m or 1h (a plain number is seconds), or an ISO-8601 one ({@code PT30S}). */
    public static Duration duration(String option, String value) throws InvalidOptionsException {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a duration");
            }
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidOptionsException("--" + option + ": '" + value
                    + "' is not a duration such as 500ms, 30s, 5m or 1h");
        }
        double number = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis = switch (unit) {
            case "ms" -> number;
            case "m" -> number * 60_000;
            case "h" -> number * 3_600_000;
            default -> number * 1_000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** Reads a file the options name, turning its problems into option errors. */
    public static <T> T readFile(String option, Path file, FileReader<T> reader) throws InvalidOptionsException {
        try {
            return reader.read(file);
        } catch (IOException e) {
            throw new InvalidOptionsException("--" + option + ": cannot read " + file + " (" + e + ")");
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("--" + option + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    public interface FileReader<T> {
        T read(Path file) throws IOException;
    }
}
