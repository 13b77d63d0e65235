package org.cardhub.tools.partner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.secrets.SecretVault;
import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.simulator.BenchmarkData;

/**
 * The pupils' cards of the partner benchmark's spread scenario, written straight into Cardhub's PostgreSQL database
 * the way the application stores them: one active school contract ({@value #CONTRACT}) whose cards each hold their
 * own purse, so that top-ups to different cards lock different accounts. Payment agents serve every school contract,
 * so the demo agent may top them up. Idempotent: a second run adds only the cards that are missing, and the school
 * contract numbers used are written to the accounts file, one per line.
 *
 * <pre>
 * PartnerBenchmarkData --db-url jdbc:postgresql://… --db-user … --db-password … --cards 1000 --accounts FILE
 *                      [--key-encryption-key BASE64]
 * </pre>
 */
public final class PartnerBenchmarkData {

    static final String CONTRACT = "S-BENCH-PARTNERS";
    private static final String ORGANIZATION = "Benchmark school (partner top-ups)";
    private static final String DEMO_KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";
    private static final int FIRST_NUMBER = 90_000_001;

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "cards", "N           pupils' cards wanted [1000]",
            "accounts", "FILE        their school contract numbers written here, one a line",
            "key-encryption-key", "BASE64      the installation's key [the demo installation's]"), Set.of());

    private PartnerBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("partner-benchmark-data", args, "db-url", "accounts");
        int wanted = Integer.parseInt(options.getOrDefault("cards", "1000"));
        SecretVault vault = BenchmarkData.vault(options.getOrDefault("key-encryption-key", DEMO_KEY));
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""))) {
            db.setAutoCommit(false);
            long contract = contract(db, organization(db));
            List<String> numbers = numbersOfCards(db, contract);
            int added = 0;
            if (numbers.size() < wanted) {
                added = addCards(db, vault, contract, wanted - numbers.size());
                numbers = numbersOfCards(db, contract);
            }
            db.commit();
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("accounts")),
                    StandardCharsets.UTF_8))) {
                numbers.stream().limit(wanted).forEach(file::println);
            }
            System.out.println("partner benchmark data: " + Math.min(wanted, numbers.size()) + " pupils' cards of "
                    + CONTRACT + " (" + added + " added now)");
        }
    }

    private static long organization(Connection db) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM organization WHERE name = ?")) {
            find.setString(1, ORGANIZATION);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organization (form, name, inn, kpp, ogrn, time_zone, "
                + "created_at) VALUES ('LEGAL_ENTITY', ?, '5408131553', '540801001', '1025403189790', 'Asia/Novosibirsk', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, ORGANIZATION);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long contract(Connection db, long organization) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM contract WHERE number = ?")) {
            find.setString(1, CONTRACT);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contract (number, kind, organization_id, status, "
                + "balance_model, funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'SCHOOL', ?, 'ACTIVE', "
                + "'DISTRIBUTED', 'PREPAID', 0, 'Asia/Novosibirsk', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, CONTRACT);
            insert.setLong(2, organization);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static List<String> numbersOfCards(Connection db, long contract) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT k.school_contract_number FROM card k JOIN account a "
                + "ON a.card_id = k.id AND a.purpose = 'MAIN' AND a.currency = 'RUB' WHERE k.contract_id = ? "
                + "AND k.status = 'ACTIVE' ORDER BY k.school_contract_number")) {
            select.setLong(1, contract);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    /** Adds {@code count} pupils' cards, each with its own main rouble purse, on numbers nobody else uses. */
    private static int addCards(Connection db, SecretVault vault, long contract, int count) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT school_contract_number FROM card WHERE school_contract_number LIKE '9%'")) {
            while (rows.next()) {
                taken.add(rows.getString(1));
            }
        }
        try (PreparedStatement card = db.prepareStatement("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, "
                + "form, holder_kind, holder_name, school_contract_number, status, expires_on, created_at) "
                + "VALUES (?, ?, ?, ?, 'PLASTIC', 'PUPIL', ?, ?, 'ACTIVE', ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement purse = db.prepareStatement("INSERT INTO account (contract_id, card_id, purpose, currency) "
                     + "VALUES (?, ?, 'MAIN', 'RUB')");
             Statement sequence = db.createStatement()) {
            int added = 0;
            for (int number = FIRST_NUMBER; added < count; number++) {
                String schoolNumber = Integer.toString(number);
                if (taken.contains(schoolNumber)) {
                    continue;
                }
                CardNumber pan = CardNumber.generate("700599", BenchmarkData.nextCardNumber(sequence));
                card.setLong(1, contract);
                card.setString(2, vault.lookupHash(pan.digits()));
                card.setString(3, vault.seal(pan.digits()));
                card.setString(4, pan.masked());
                card.setString(5, "Benchmark pupil " + schoolNumber);
                card.setString(6, schoolNumber);
                card.setObject(7, LocalDate.now().plusYears(5));
                card.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                card.executeUpdate();
                purse.setLong(1, contract);
                purse.setLong(2, generatedKey(card));
                purse.addBatch();
                added++;
            }
            purse.executeBatch();
            return added;
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
