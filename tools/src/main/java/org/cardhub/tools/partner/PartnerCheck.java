package org.cardhub.tools.partner;

import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.options.InvalidOptionsException;
import org.cardhub.tools.simulator.LedgerBalance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a failover test, holds the partner load's requests log ({@code --requests-log}) up against the database:
 * every request answered as credited is one top-up of its amount to its account under its key, no refused request
 * credited anything, requests whose answers left it open (no answer, 5xx, ...) are credited once or not at all
 * (counted as which), no partner top-up lacks its key, and the ledger sums to zero with every cached balance equal
 * to its postings ({@link LedgerBalance}). {@link PartnerVerdict} judges, {@link PartnerBooks} reads the database.
 * Exit status 0 when all hold, 1 otherwise.
 *
 * <pre>PartnerCheck --db-url … --db-user … --db-password … --requests FILE</pre>
 */
public final class PartnerCheck {

    private static final int SHOWN_PROBLEMS = 20;

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "requests", "FILE        the partner load's --requests-log"), Set.of());

    private PartnerCheck() {
    }

    /** The log's requests, and what is wrong with lines that are none. */
    record Log(List<LoggedRequest> requests, List<String> problems) {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (InvalidOptionsException e) {
            System.err.println("partner-check: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(check(options, System.out) ? 0 : 1);
    }

    /** The options by name; --db-url and --requests are required. */
    static Map<String, String> options(String... args) throws InvalidOptionsException {
        Map<String, String> values = COMMAND_LINE.values(args);
        CommandLine.require(values, "db-url", "requests");
        return values;
    }

    static boolean check(Map<String, String> options, PrintStream out) {
        Path file = Path.of(options.get("requests"));
        List<String> problems = new ArrayList<>();
        PartnerVerdict.Verdict verdict;
        try {
            Log log = read(file);
            problems.addAll(log.problems());
            try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                    options.getOrDefault("db-password", ""))) {
                Books books = PartnerBooks.read(db, log.requests());
                verdict = PartnerVerdict.of(log.requests(), books);
                report(verdict.counts(), books, out);
                problems.addAll(verdict.problems());
                problems.addAll(LedgerBalance.problems(db));
            }
        } catch (IOException e) {
            out.println("partner check: FAILED (cannot read " + file + ": " + e + ")");
            return false;
        } catch (SQLException e) {
            out.println("partner check: FAILED (database: " + e.getMessage() + ")");
            return false;
        }
        problems.stream().limit(SHOWN_PROBLEMS).forEach(problem -> out.println("partner check: PROBLEM " + problem));
        if (problems.size() > SHOWN_PROBLEMS) {
            out.println("partner check: ... and " + (problems.size() - SHOWN_PROBLEMS) + " more problems");
        }
        out.println(problems.isEmpty() ? "partner check: PASSED" : "partner check: FAILED (" + problems.size() + " problems)");
        return problems.isEmpty();
    }

    static Log read(Path file) throws IOException {
        List<LoggedRequest> requests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int number = 1; (line = lines.readLine()) != null; number++) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    requests.add(LoggedRequest.parse(line));
                } catch (IllegalArgumentException e) {
                    problems.add(file + " line " + number + " is not a logged request: " + e.getMessage());
                }
            }
        }
        return new Log(requests, problems);
    }

    static void report(PartnerVerdict.Counts counts, Books books, PrintStream out) {
        out.printf("partner check: %d requests logged under %d keys (%d replays, %d sent more than once)%n",
                counts.lines(), counts.keys(), counts.replays(), counts.resent());
        out.printf("partner check: %d keys answered as credited, %d of them in the books as answered; %d refused%n",
                counts.credited(), counts.creditedFound(), counts.refused());
        out.println("partner check: " + open(counts.ioError(), "with an I/O error (no answer)"));
        out.println("partner check: " + open(counts.otherAnswer(), "with another open answer (5xx, 401, 409, 429, ...)"));
        out.println(books.unkeyedFrom() == null
                ? "partner check: nothing credited: top-ups without a key not looked for"
                : "partner check: " + books.unkeyedEntries().size() + " partner top-ups from entry "
                        + books.unkeyedFrom() + " on without an idempotency record");
    }

    private static String open(PartnerVerdict.Open open, String how) {
        return open.keys() + " keys ended " + how + ": " + open.credited() + " credited once, " + open.declined()
                + " declined, " + open.absent() + " absent";
    }
}
