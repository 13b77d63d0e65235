package org.cardhub.tools.partner;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;

import static org.cardhub.tools.options.CommandLine.decimal;
import static org.cardhub.tools.options.CommandLine.nonBlank;
import static org.cardhub.tools.options.CommandLine.positive;
import static org.cardhub.tools.options.CommandLine.whole;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The partner load tool's command line ({@code --name value} or {@code --name=value}); {@code --help} lists it. */
final class PartnerLoadOptions {

    static final List<String> DEMO_ACCOUNTS = List.of("10000001", "10000002", "10000003");

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}\\.\\d{2}");
    private static final Pattern ACCOUNT = Pattern.compile("\\+?[0-9A-Za-z-]{1,32}");
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)s?");
    static final int MAX_RETRIES = 50;

    private static final CommandLine COMMAND_LINE = new CommandLine(options(), Set.of());

    private boolean help;
    private Target target = Target.REST;
    private int clients = 16;
    private Duration duration = Duration.ofSeconds(30);
    private double rate;
    private Duration warmup = Duration.ofSeconds(5);
    private String clientId = "agent-demo";
    private String secret = "agent-demo-secret";
    private List<String> accounts = DEMO_ACCOUNTS;
    private String amount = "1.00";
    private double duplicatesPercent;
    private URI baseUrl = URI.create("http://localhost:8080/cardhub/");
    private URI tokenUrl = URI.create("http://localhost:8180/realms/cardhub/protocol/openid-connect/token");
    private Duration timeout = Duration.ofSeconds(10);
    private Duration reportEvery = Duration.ofSeconds(10);
    private Long seed;
    private int retries;
    private Path requestsLog;

    private PartnerLoadOptions() {
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("target", "rest|agent  REST POST /api/v1/top-ups (201 expected) or agent GET /agent?command=pay"
                + "\n(<result>0</result> expected) [rest]");
        options.put("clients", "N           concurrent clients, each with its own connection [16]");
        options.put("duration", "SECONDS     how long to measure [30]");
        options.put("rate", "R           open loop: R requests/s in all, latency from each request's scheduled"
                + " time\n[0: closed loop, each client sends as soon as it has its answer]");
        options.put("warmup", "SECONDS     load before measuring, not counted [5]");
        options.put("client-id", "ID          Keycloak client of the partner [agent-demo]");
        options.put("secret", "SECRET      its client secret [agent-demo-secret]");
        options.put("accounts", "A,B,...     accounts topped up in turn, or @FILE with one per line"
                + "\n[the demo school numbers 10000001,10000002,10000003]");
        options.put("amount", "R.KK        roubles per top-up [1.00]");
        options.put("duplicates", "P           percent of requests that repeat an earlier credited one (same key"
                + "\nor txn_id, account and sum) [0]");
        options.put("base-url", "URL         the application [http://localhost:8080/cardhub]");
        options.put("token-url", "URL         Keycloak's token endpoint [http://localhost:8180/realms/cardhub/"
                + "\nprotocol/openid-connect/token]");
        options.put("timeout", "SECONDS     how long to wait for an answer [10]");
        options.put("report-every", "SECONDS     progress line interval, 0 for none [10]");
        options.put("seed", "N           random seed for the choice of replays [random]");
        options.put("retries", "N           send a request again, same key or txn_id, up to N times when it got no"
                + "\nanswer or a 502/503/504 (or an answer asking for a repeat), pausing 0.2 s"
                + "\ngrowing to 2 s; counted by its last answer [0]");
        options.put("requests-log", "FILE        write one JSON line per request after its last attempt (key,"
                + "\naccount, amount, attempts, status, result, entry id) for PartnerCheck");
        options.put("help", "            print this and exit");
        return options;
    }

    static String usage() {
        return COMMAND_LINE.usage("""
                Cardhub partner load: top-ups over the REST API or the payment-agent protocol, with latency
                percentiles and answers by HTTP status and result.
                usage: java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" \\
                         org.cardhub.tools.partner.PartnerLoad [options]
                Exit code 0 after a run, 1 for bad options, 2 if no token can be had, 3 if the requests
                log cannot be written.

                """, 13);
    }

    static PartnerLoadOptions parse(String... args) throws InvalidOptionsException {
        PartnerLoadOptions options = new PartnerLoadOptions();
        for (CommandLine.Option option : COMMAND_LINE.parse(args)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case CommandLine.HELP -> options.help = true;
                case "target" -> options.target = target(value);
                case "clients" -> options.clients = (int) whole(name, value, 1, 1_000);
                case "duration" -> options.duration = positive(name, seconds(name, value));
                case "rate" -> options.rate = decimal(name, value, 0, 100_000);
                case "warmup" -> options.warmup = seconds(name, value);
                case "client-id" -> options.clientId = nonBlank(name, value);
                case "secret" -> options.secret = value;
                case "accounts" -> options.accounts = accounts(value);
                case "amount" -> options.amount = amount(value);
                case "duplicates" -> options.duplicatesPercent = decimal(name, value, 0, 100);
                case "base-url" -> options.baseUrl = url(name, value.endsWith("/") ? value : value + "/");
                case "token-url" -> options.tokenUrl = url(name, value);
                case "timeout" -> options.timeout = positive(name, seconds(name, value));
                case "report-every" -> options.reportEvery = seconds(name, value);
                case "seed" -> options.seed = whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "retries" -> options.retries = (int) whole(name, value, 0, MAX_RETRIES);
                case "requests-log" -> options.requestsLog = RequestsLog.file(name, value);
                default -> throw new IllegalStateException("option --" + name + " is listed but not read");
            }
        }
        return options;
    }

    private static Target target(String value) throws InvalidOptionsException {
        try {
            return Target.named(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("--target: '" + value + "' is neither rest nor agent");
        }
    }

    /** A comma list, or {@code @FILE} with one account per line (blank lines and # comments skipped). */
    static List<String> accounts(String value) throws InvalidOptionsException {
        List<String> raw;
        if (value.startsWith("@")) {
            Path file = Path.of(value.substring(1));
            try {
                raw = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(line -> line.split(",", 2)[0].strip())
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            } catch (IOException e) {
                throw new InvalidOptionsException("--accounts: cannot read " + file + " (" + e + ")");
            }
        } else {
            raw = List.of(value.split(",", -1)).stream().map(String::strip).toList();
        }
        List<String> accounts = new ArrayList<>();
        for (String account : raw) {
            if (!ACCOUNT.matcher(account).matches()) {
                throw new InvalidOptionsException("--accounts: '" + account + "' is not an account (digits, a"
                        + " contract number like F-00000001 or a phone like +79001234567)");
            }
            accounts.add(account);
        }
        if (accounts.isEmpty()) {
            throw new InvalidOptionsException("--accounts names no account");
        }
        return List.copyOf(accounts);
    }

    private static String amount(String value) throws InvalidOptionsException {
        String text = value.strip();
        if (!AMOUNT.matcher(text).matches() || new BigDecimal(text).signum() <= 0) {
            throw new InvalidOptionsException("--amount: '" + value + "' is not roubles with two decimals, e.g. 1.00");
        }
        return text;
    }

    static Duration seconds(String option, String value) throws InvalidOptionsException {
        var matcher = SECONDS.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a number of seconds");
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(matcher.group(1)) * 1000));
    }

    private static URI url(String option, String value) throws InvalidOptionsException {
        try {
            URI uri = new URI(value.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidOptionsException("--" + option + ": '" + value + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidOptionsException("--" + option + ": '" + value + "' is not a URL");
        }
    }

    boolean help() {
        return help;
    }

    Target target() {
        return target;
    }

    int clients() {
        return clients;
    }

    Duration duration() {
        return duration;
    }

    /** Requests per second in all (open loop), 0 for a closed loop. */
    double rate() {
        return rate;
    }

    Duration warmup() {
        return warmup;
    }

    String clientId() {
        return clientId;
    }

    String secret() {
        return secret;
    }

    List<String> accounts() {
        return accounts;
    }

    String amount() {
        return amount;
    }

    double duplicatesPercent() {
        return duplicatesPercent;
    }

    /** The application's base URL, ending with a slash. */
    URI baseUrl() {
        return baseUrl;
    }

    URI tokenUrl() {
        return tokenUrl;
    }

    Duration timeout() {
        return timeout;
    }

    Duration reportEvery() {
        return reportEvery;
    }

    Long seed() {
        return seed;
    }

    /** How many more times a request that failed undecided is sent again. */
    int retries() {
        return retries;
    }

    /** Where each request's last answer is logged, null for nowhere. */
    Path requestsLog() {
        return requestsLog;
    }
}
