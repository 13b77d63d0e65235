package org.cardhub.tools.simulator;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;

import static org.cardhub.tools.options.CommandLine.decimal;
import static org.cardhub.tools.options.CommandLine.nonBlank;
import static org.cardhub.tools.options.CommandLine.positive;
import static org.cardhub.tools.options.CommandLine.readFile;
import static org.cardhub.tools.options.CommandLine.whole;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The simulator's command line: every option has a default, {@code --help} lists them. */
public final class SimulatorOptions {

    static final String DEMO_TERMINAL_KEY = "demo-terminal-key";
    static final List<String> DEMO_TERMINALS = List.of("FUEL-0001", "CANTEEN-0001", "GATE-0001", "BUS-0001",
            "KIOSK-0001");

    private static final CommandLine COMMAND_LINE = new CommandLine(options(), Set.of("terminal"));

    private boolean help;
    private List<String> brokers = List.of("localhost:7676");
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
        options.put("broker", "HOST:PORT[,HOST:PORT…]  OpenMQ broker (Payara's JMS service), or the brokers of a"
                + " cluster: each terminal connects to one of them at random, and to another when it goes away"
                + " [localhost:7676]");
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
        return COMMAND_LINE.usage("""
                Cardhub terminal simulator: plays terminals against a running Cardhub over its OpenMQ broker.
                usage: java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*:$IMQ_JAR" \\
                         org.cardhub.tools.simulator.Simulator [options]
                       ($IMQ_JAR: Payara's server-config/target/runtime/payara6/mq/lib/imq.jar)
                DURATION is e.g. 500ms, 30s, 5m, 1h (a plain number is seconds).
                Exit code 0 after a run, 1 for bad options, 2 if the broker cannot be reached.

                """, 15);
    }

    /** Reads the command line ({@code --name value} or {@code --name=value}). */
    public static SimulatorOptions parse(String... args) throws InvalidOptionsException {
        SimulatorOptions options = new SimulatorOptions();
        List<String> terminalArgs = new ArrayList<>();
        Path terminalsFile = null;
        for (CommandLine.Option option : COMMAND_LINE.parse(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case CommandLine.HELP -> options.help = true;
                case "broker" -> options.broker(value);
                case "queue" -> options.queue = nonBlank(name, value);
                case "user" -> options.user = nonBlank(name, value);
                case "password" -> options.password = value;
                case "terminals" -> terminalsFile = Path.of(value);
                case "terminal" -> terminalArgs.add(value);
                case "cards" -> options.cards = readFile(name, Path.of(value), CardPool::read);
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
        options.terminals = TerminalsOption.read(terminalsFile, terminalArgs);
        if (options.duration == null && options.count == 0) {
            options.duration = Duration.ofSeconds(30);
        }
        if (!options.warmup.isZero() && (options.count > 0 || options.duration == null)) {
            throw new InvalidOptionsException("--warmup goes with --duration, not with --count");
        }
        return options;
    }

    private void broker(String value) throws InvalidOptionsException {
        List<String> addresses = new ArrayList<>();
        for (String one : value.split(",", -1)) {
            addresses.add(brokerAddress(value, one));
        }
        brokers = List.copyOf(addresses);
    }

    private static String brokerAddress(String value, String one) throws InvalidOptionsException {
        String address = one.trim();
        if (address.startsWith("mq://")) {
            address = address.substring("mq://".length()).replaceAll("/+$", "");
        }
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        if (host.isBlank() || host.contains("/")) {
            throw new InvalidOptionsException("--broker: '" + value + "' is not HOST:PORT");
        }
        return host + ":" + (colon < 0 ? 7676 : whole("broker", address.substring(colon + 1), 1, 65_535));
    }

    /** A duration such as 500ms, 30s, 5m or 1h (a plain number is seconds), or an ISO-8601 one. */
    static Duration duration(String option, String value) throws InvalidOptionsException {
        return CommandLine.duration(option, value);
    }

    private static OperationMix mix(String value) throws InvalidOptionsException {
        try {
            return OperationMix.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("--mix: " + e.getMessage());
        }
    }

    private static double rate(String value) throws InvalidOptionsException {
        double rate = decimal("rate", value, 0, 1_000_000);
        if (rate == 0) {
            throw new InvalidOptionsException("--rate must be more than zero (leave it out for a closed loop)");
        }
        return rate;
    }

    public boolean help() {
        return help;
    }

    List<String> brokers() {
        return brokers;
    }

    /** {@code host:port}, or several of them separated by commas. */
    public String brokerAddress() {
        return String.join(",", brokers);
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
