package org.cardhub.tools.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import org.cardhub.tools.options.CommandLine;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a crash test, holds the simulator's events log up against the database: every event sent was
 * decided exactly once (its idempotency record exists and is settled), every approval the simulator saw
 * is the stored one and has its posting, no purchase was posted twice, and the ledger sums to zero with
 * every cached balance equal to its postings. Exit status 0 when all hold, 1 otherwise.
 *
 * <pre>CrashCheck --db-url … --db-user … --db-password … --events FILE</pre>
 */
public final class CrashCheck {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private record Sent(String terminalId, String eventId, String type) {
    }

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "events", "FILE        the simulator's --events-log"), Set.of());

    private CrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("crash-check", args, "events");
        Map<String, Sent> sent = new LinkedHashMap<>();
        Map<String, String> approvedAuthCodes = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(Path.of(options.get("events")), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonObject event = json(line);
                String type = event.getString("type", "");
                if (type.startsWith("MALFORMED") || !event.containsKey("eventId") || event.isNull("eventId")) {
                    continue;
                }
                String eventId = event.getString("eventId");
                sent.putIfAbsent(eventId, new Sent(event.getString("terminalId"), eventId, type));
                if ("APPROVED".equals(event.getString("status", null))) {
                    approvedAuthCodes.put(eventId, event.getString("authCode", ""));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int approved = 0;
        int declined = 0;
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""))) {
            for (Sent event : sent.values()) {
                String outcome = outcomeOf(db, event);
                if (outcome == null || "pending".equals(outcome)) {
                    problems.add("event " + event.eventId() + " (" + event.type() + ") has no decision");
                    continue;
                }
                JsonObject decided = json(outcome);
                boolean isApproved = "APPROVED".equals(decided.getString("status"));
                if (isApproved) {
                    approved++;
                    if (decided.containsKey("entryId") && !decided.isNull("entryId")
                            && count(db, "SELECT COUNT(*) FROM journal_entry WHERE id = ?", decided.getJsonNumber("entryId").longValue()) != 1) {
                        problems.add("event " + event.eventId() + " was approved without its posting");
                    }
                } else {
                    declined++;
                }
                String seen = approvedAuthCodes.get(event.eventId());
                if (seen != null && (!isApproved || !seen.equals(decided.getString("authCode", "")))) {
                    problems.add("event " + event.eventId() + " was answered APPROVED " + seen + " but stored as " + outcome);
                }
            }
            String terminals = sent.values().stream().map(event -> "'terminal:" + event.terminalId().replace("'", "") + "'")
                    .distinct().reduce((a, b) -> a + "," + b).orElse("''");
            long purchases = count(db, "SELECT COUNT(*) FROM journal_entry WHERE kind = 'PURCHASE' AND actor IN (" + terminals + ")", null);
            long approvedPurchases = 0;
            for (Sent event : sent.values()) {
                String outcome = outcomeOf(db, event);
                if (outcome != null && !"pending".equals(outcome) && "PURCHASE".equals(event.type())
                        && "APPROVED".equals(json(outcome).getString("status"))) {
                    approvedPurchases++;
                }
            }
            if (purchases != approvedPurchases) {
                problems.add(purchases + " purchases are posted for " + approvedPurchases + " approved purchase events");
            }
            problems.addAll(LedgerBalance.problems(db));
        }
        System.out.println("crash check: " + sent.size() + " events sent, " + approved + " approved, " + declined
                + " declined, " + (sent.size() - approved - declined) + " undecided; " + approvedAuthCodes.size()
                + " approvals received by the terminals");
        problems.stream().limit(20).forEach(problem -> System.out.println("crash check: PROBLEM " + problem));
        System.out.println(problems.isEmpty() ? "crash check: PASSED" : "crash check: FAILED (" + problems.size() + " problems)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static String outcomeOf(Connection db, Sent event) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT outcome FROM idempotency_record WHERE scope = ? AND idem_key = ?")) {
            query.setString(1, "terminal:" + event.terminalId());
            query.setString(2, event.eventId());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long count(Connection db, String sql, Long parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
