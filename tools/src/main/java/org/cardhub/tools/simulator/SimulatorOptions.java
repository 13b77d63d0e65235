package org.cardhub.tools.simulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The simulator's command line: every option has a default, {@code --help} lists them. */
public final class SimulatorOptions {

    static final String DEMO_TERMINAL_KEY = "demo-terminal-key";
    static final List<String> DEMO_TERMINALS = List.of("FUEL-0001", "CANTEEN-0001", "GATE-0001", "BUS-0001",
            "KIOSK-0001");

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Set<String> FLAGS = Set.of("help");
    private static final Set<String> REPEATABLE = Set.of("terminal");
    private static final Map<String, String> OPTIONS = options();

    private boolean help;
    private String brokerHost = "localhost";
    private int brokerPort = 7676;
    private String queue = "TerminalEvents";
    private String user = "terminal";
    private String password = "Demo-terminal-1";
    private List<SimulatedTerminal> terminals;
    private CardPool cards = CardPool.demo();
    private int threads = 8;
    private Duration timeout = Duration.ofSeconds(10);
    private Duration duration;
    private Duration warmup = Duration.ZERO;
    private long count;
    private double rate;
    private OperationMix mix = OperationMix.parse(OperationMix.DEFAULT);
    private double duplicatesPercent;
    private double malformedPercent;
    private Path eventsLog;
    private Duration reportEvery = Duration.ofSeconds(10);
    private int retries;
    private Duration reconnectFor = Duration.ofSeconds(60);
    private Long seed;

    private SimulatorOptions() {
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("broker", "HOST:PORT   OpenMQ broker (Payara's JMS service) [localhost:7676]");
        options.put("queue", "NAME        inbound queue, physical name [TerminalEvents]");
        options.put("user", "NAME        broker user, a terminal account [terminal]");
        options.put("password", "SECRET      broker password [Demo-terminal-1, the demo terminals' password]");
        options.put("terminals", "FILE        CSV lines terminalId,secretKey[,kind]; kind FUEL_POS, CANTEEN_POS,"
                + " TURNSTILE,\nTRANSPORT_VALIDATOR, CASH_KIOSK (or FUEL, CANTEEN, GATE, BUS,"
                + " KIOSK), else\ntaken from the id prefix [the five demo terminals]");
        options.put("terminal", "ID:KEY[:KIND] one terminal, repeatable, adds to --terminals [demo: FUEL-0001,"
                + " CANTEEN-0001,\nGATE-0001, BUS-0001, KIOSK-0001 with key "
                + DEMO_TERMINAL_KEY + "]");
        options.put("cards", "FILE        one card / school contract number per line, optionally ,fuel ,school"
                + " or ,any\n[demo fuel cards 7005990000000010..051 at fuel POS,"
                + " pupils 10000001..3 elsewhere]");
        options.put("threads", "N           concurrent terminal sessions, each with its own connection [8]");
        options.put("timeout", "DURATION    how long to wait for a reply; none counts as TIMEOUT [10s]");
        options.put("duration", "DURATION    how long to send, e.g. 30s, 5m [30s unless --count is given]");
        options.put("warmup", "DURATION    run the load this long first, uncounted, so that the JIT has compiled\n"
                + "the simulator and the server [0]; goes with --duration, not --count");
        options.put("count", "N           how many operations to send (an AUTHORIZE with its COMPLETE is one)");
        options.put("rate", "R           open loop: R operations per second in all, latency from the scheduled"
                + " time\n[closed loop: each session sends as soon as it has its reply]");
        options.put("mix", "OP=W,...    share of operations [" + OperationMix.DEFAULT + "];\n"
                + "                         also EXIT; a REVERSAL cancels an earlier approved PURCHASE");
        options.put("duplicates", "P           percent of events sent twice in a row (same eventId and text) [0]");
        options.put("malformed", "P           percent of deliberately bad messages [0]");
        options.put("events-log", "FILE        append one JSON line per message sent and its reply");
        options.put("report-every", "DURATION    progress line interval, 0 for none [10s]");
        options.put("retries", "N           resend an unanswered event (same eventId) up to N times [0]");
        options.put("reconnect-for", "DURATION    how long a session tries to reconnect after losing the broker"
                + " [60s]");
        options.put("seed", "N           random seed, for repeatable amounts and choices [random]");
        options.put("help", "            print this and exit");
        return options;
    }

    /** The usage text of {@code --help}. */
    public static String usage() {
        StringBuilder usage = new StringBuilder("""
                Cardhub terminal simulator: plays terminals against a running Cardhub over its OpenMQ broker.
                usage: mvn -q -pl ear -Psimulate test-compile exec:java -Dexec.args="[options]"
                DURATION is e.g. 500ms, 30s, 5m, 1h (a plain number is seconds).
                Exit code 0 after a run, 1 for bad options, 2 if the broker cannot be reached.

                """);
        OPTIONS.forEach((name, text) -> usage.append(String.format(Locale.ROOT, "  --%-15s %s%n", name,
                text.replace("\n", System.lineSeparator() + " ".repeat(32)))));
        return usage.toString();
    }

    /** Reads the command line ({@code --name value} or {@code --name=value}). */
    public static SimulatorOptions parse(String... args) throws InvalidOptionsException {
        SimulatorOptions options = new SimulatorOptions();
        Set<String> seen = new HashSet<>();
        List<String> terminalArgs = new ArrayList<>();
        Path terminalsFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (arg.equals("-h")) {
                    options.help = true;
                    continue;
                }
                throw new InvalidOptionsException("unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!OPTIONS.containsKey(name)) {
                throw new InvalidOptionsException("unknown option --" + name);
            }
            if (!seen.add(name) && !REPEATABLE.contains(name)) {
                throw new InvalidOptionsException("--" + name + " is given twice");
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new InvalidOptionsException("--" + name + " takes no value");
                }
                options.help = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new InvalidOptionsException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "broker" -> options.broker(value);
                case "queue" -> options.queue = nonBlank(name, value);
                case "user" -> options.user = nonBlank(name, value);
                case "password" -> options.password = value;
                case "terminals" -> terminalsFile = Path.of(value);
                case "terminal" -> terminalArgs.add(value);
                case "cards" -> options.cards = read(name, Path.of(value), CardPool::read);
                case "threads" -> options.threads = (int) whole(name, value, 1, 1_000);
                case "timeout" -> options.timeout = positive(name, duration(name, value));
                case "duration" -> options.duration = positive(name, duration(name, value));
                case "warmup" -> options.warmup = duration(name, value);
                case "count" -> options.count = whole(name, value, 1, Long.MAX_VALUE);
                case "rate" -> options.rate = rate(value);
                case "mix" -> options.mix = mix(value);
                case "duplicates" -> options.duplicatesPercent = decimal(name, value, 0, 100);
                case "malformed" -> options.malformedPercent = decimal(name, value, 0, 100);
                case "events-log" -> options.eventsLog = Path.of(nonBlank(name, value));
                case "report-every" -> options.reportEvery = duration(name, value);
                case "retries" -> options.retries = (int) whole(name, value, 0, 100);
                case "reconnect-for" -> options.reconnectFor = duration(name, value);
                case "seed" -> options.seed = whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalStateException("option --" + name + " is listed but not read");
            }
        }
        options.terminals = terminals(terminalsFile, terminalArgs);
        if (options.duration == null && options.count == 0) {
            options.duration = Duration.ofSeconds(30);
        }
        if (!options.warmup.isZero() && (options.count > 0 || options.duration == null)) {
            throw new InvalidOptionsException("--warmup goes with --duration, not with --count");
        }
        return options;
    }

    private void broker(String value) throws InvalidOptionsException {
        String address = value.trim();
        if (address.startsWith("mq://")) {
            address = address.substring("mq://".length()).replaceAll("/+$", "");
        }
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        if (host.isBlank() || host.contains("/")) {
            throw new InvalidOptionsException("--broker: '" + value + "' is not HOST:PORT");
        }
        brokerHost = host;
        brokerPort = colon < 0 ? 7676 : (int) whole("broker", address.substring(colon + 1), 1, 65_535);
    }

    private static List<SimulatedTerminal> terminals(Path file, List<String> specs) throws InvalidOptionsException {
        List<SimulatedTerminal> terminals = new ArrayList<>();
        if (file != null) {
            terminals.addAll(read("terminals", file, SimulatorOptions::readTerminals));
        }
        for (String spec : specs) {
            terminals.add(terminal(spec));
        }
        if (terminals.isEmpty()) {
            for (String id : DEMO_TERMINALS) {
                terminals.add(new SimulatedTerminal(id, DEMO_TERMINAL_KEY, SimulatedTerminalKind.ofTerminalId(id).orElseThrow()));
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

    private static List<SimulatedTerminal> readTerminals(Path file) throws IOException {
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

    /** Reads a file the options name, turning its problems into option errors. */
    private static <T> T read(String option, Path file, FileReader<T> reader) throws InvalidOptionsException {
        try {
            return reader.read(file);
        } catch (IOException e) {
            throw new InvalidOptionsException("--" + option + ": cannot read " + file + " (" + e + ")");
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("--" + option + ": " + e.getMessage());
        }
    }

    private static OperationMix mix(String value) throws InvalidOptionsException {
        try {
            return OperationMix.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("--mix: " + e.getMessage());
        }
    }

    static Duration duration(String option, String value) throws InvalidOptionsException {
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

    private static Duration positive(String option, Duration duration) throws InvalidOptionsException {
        if (duration.isZero() || duration.isNegative()) {
            throw new InvalidOptionsException("--" + option + " must be more than zero");
        }
        return duration;
    }

    private static long whole(String option, String value, long min, long max) throws InvalidOptionsException {
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidOptionsException("--" + option + ": " + number + (max == Long.MAX_VALUE
                    ? " is less than " + min : " is not between " + min + " and " + max));
        }
        return number;
    }

    private static double decimal(String option, String value, double min, double max)
            throws InvalidOptionsException {
        double number;
        try {
            number = Double.parseDouble(value.trim());
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

    private static double rate(String value) throws InvalidOptionsException {
        double rate = decimal("rate", value, 0, 1_000_000);
        if (rate == 0) {
            throw new InvalidOptionsException("--rate must be more than zero (leave it out for a closed loop)");
        }
        return rate;
    }

    private static String nonBlank(String option, String value) throws InvalidOptionsException {
        if (value.isBlank()) {
            throw new InvalidOptionsException("--" + option + " must not be blank");
        }
        return value.trim();
    }

    @FunctionalInterface
    private interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    public boolean help() {
        return help;
    }

    String brokerHost() {
        return brokerHost;
    }

    int brokerPort() {
        return brokerPort;
    }

    /** {@code host:port}. */
    public String brokerAddress() {
        return brokerHost + ":" + brokerPort;
    }

    String queue() {
        return queue;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    List<SimulatedTerminal> terminals() {
        return terminals;
    }

    CardPool cards() {
        return cards;
    }

    int threads() {
        return threads;
    }

    Duration timeout() {
        return timeout;
    }

    /** How long to send, or null when only a count limits the run. */
    Duration duration() {
        return duration;
    }

    Duration warmup() {
        return warmup;
    }

    /** How many operations to send, 0 for no limit. */
    long count() {
        return count;
    }

    /** Operations per second in all (open loop), 0 for a closed loop. */
    double rate() {
        return rate;
    }

    OperationMix mix() {
        return mix;
    }

    double duplicatesPercent() {
        return duplicatesPercent;
    }

    double malformedPercent() {
        return malformedPercent;
    }

    Path eventsLog() {
        return eventsLog;
    }

    Duration reportEvery() {
        return reportEvery;
    }

    int retries() {
        return retries;
    }

    Duration reconnectFor() {
        return reconnectFor;
    }

    Long seed() {
        return seed;
    }
}
