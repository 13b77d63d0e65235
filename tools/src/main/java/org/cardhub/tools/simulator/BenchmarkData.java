package org.cardhub.tools.simulator;

import org.cardhub.cards.entity.CardNumber;
import org.cardhub.secrets.SecretVault;
import org.cardhub.tools.options.CommandLine;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Writes a benchmark's cards straight into Cardhub's PostgreSQL database, the way the application
 * stores them (card numbers hashed and sealed with {@link SecretVault} under the installation's key),
 * then the card numbers and a benchmark terminal with its key into files for the simulator.
 *
 * <pre>
 * BenchmarkData --db-url jdbc:postgresql://… --db-user … --db-password … --scenario spread|hot
 *               --cards FILE --terminals FILE [--key-encryption-key BASE64]
 * </pre>
 * spread: 100 contracts with 100 cards each, every card drawing on its contract's account;
 * hot: one contract whose 1 000 cards all draw on its one account. Balances are large and there are no
 * limits, so the run measures the posting path.
 */
public final class BenchmarkData {

    private static final String DEMO_KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";
    private static final long BALANCE = 1_000_000_000_00L;

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "scenario", "spread|hot  [spread]",
            "cards", "FILE        card numbers written here, one a line",
            "terminals", "FILE        the benchmark terminals written here, terminalId,secretKey,kind",
            "key-encryption-key", "BASE64      the installation's key [the demo installation's]"), Set.of());

    private BenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("benchmark-data", args, "db-url", "cards", "terminals");
        String scenario = options.getOrDefault("scenario", "spread");
        int contracts = scenario.equals("hot") ? 1 : 100;
        int cardsPerContract = scenario.equals("hot") ? 1000 : 100;
        SecretVault vault = vault(options.getOrDefault("key-encryption-key", DEMO_KEY));
        String run = scenario + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""));
             PrintWriter cardsFile = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("cards")), StandardCharsets.UTF_8));
             PrintWriter terminalsFile = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("terminals")), StandardCharsets.UTF_8))) {
            db.setAutoCommit(false);
            long organization = organization(db, run);
            for (int c = 0; c < contracts; c++) {
                long contract = contract(db, organization, run, c);
                cards(db, vault, contract, cardsPerContract, cardsFile);
                db.commit();
            }
            String key = HexFormat.of().formatHex(SecureRandom.getInstanceStrong().generateSeed(16));
            for (int t = 0; t < 4; t++) {
                String terminal = "BENCH-" + Integer.toString(t) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
                insertTerminal(db, terminal, vault.seal(key));
                terminalsFile.println(terminal + "," + key + ",FUEL_POS");
            }
            db.commit();
        }
        System.out.println("benchmark data: " + contracts + " contract(s) × " + cardsPerContract + " cards written (" + run + ")");
    }

    private static long organization(Connection db, String run) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organization (form, name, inn, kpp, ogrn, time_zone, created_at) "
                + "VALUES ('LEGAL_ENTITY', ?, '7707083893', ?, '1027700132195', 'Europe/Moscow', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Benchmark " + run);
            insert.setString(2, String.format("7736%05d", Math.floorMod(run.hashCode(), 100_000)));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long contract(Connection db, long organization, String run, int index) throws SQLException {
        long contract;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contract (number, kind, organization_id, tariff_code, status, "
                + "balance_model, funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'FUEL', ?, 'REGIONAL', 'ACTIVE', "
                + "'POOLED', 'PREPAID', 0, 'Europe/Moscow', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "B-" + run + "-" + index);
            insert.setLong(2, organization);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            contract = generatedKey(insert);
        }
        long account;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (contract_id, purpose, currency, balance_minor) "
                + "VALUES (?, 'MAIN', 'RUB', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, contract);
            insert.setLong(2, BALANCE);
            insert.executeUpdate();
            account = generatedKey(insert);
        }
        long entry;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO journal_entry (kind, booked_at, contract_id, amount_minor, "
                + "description, actor) VALUES ('TOP_UP', ?, ?, ?, 'benchmark funding', 'benchmark')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setLong(2, contract);
            insert.setLong(3, BALANCE);
            insert.executeUpdate();
            entry = generatedKey(insert);
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO posting (entry_id, account_id, currency, amount_minor) "
                + "VALUES (?, ?, 'RUB', ?), (?, (SELECT id FROM account WHERE system_code = 'BANK_CARD_ACQUIRING'), 'RUB', ?)")) {
            insert.setLong(1, entry);
            insert.setLong(2, account);
            insert.setLong(3, BALANCE);
            insert.setLong(4, entry);
            insert.setLong(5, -BALANCE);
            insert.executeUpdate();
        }
        return contract;
    }

    /** The next number of Cardhub's card-number sequence, as the application numbers the cards it issues. */
    public static long nextCardNumber(Statement sequence) throws SQLException {
        try (ResultSet row = sequence.executeQuery("SELECT nextval('card_number_seq')")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void cards(Connection db, SecretVault vault, long contract, int count, PrintWriter cardsFile)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, form, "
                + "holder_kind, holder_name, status, expires_on, created_at) VALUES (?, ?, ?, ?, 'PLASTIC', 'VEHICLE', ?, 'ACTIVE', ?, ?)");
             Statement sequence = db.createStatement()) {
            for (int i = 0; i < count; i++) {
                long next = nextCardNumber(sequence);
                CardNumber pan = CardNumber.generate("700599", next);
                insert.setLong(1, contract);
                insert.setString(2, vault.lookupHash(pan.digits()));
                insert.setString(3, vault.seal(pan.digits()));
                insert.setString(4, pan.masked());
                insert.setString(5, "Vehicle " + next);
                insert.setObject(6, LocalDate.now().plusYears(5));
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.addBatch();
                cardsFile.println(pan.digits() + ",fuel");
            }
            insert.executeBatch();
        }
    }

    private static void insertTerminal(Connection db, String id, String sealedKey) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO terminal (id, kind, status, location, region, station, "
                + "secret_key_cipher, key_rotated_at, created_at) VALUES (?, 'FUEL_POS', 'ACTIVE', 'Benchmark', 'RU-MOW', 'AZS-17', ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, id);
            insert.setString(2, sealedKey);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** The application's own vault, given the key by hand instead of by MicroProfile Config. */
    public static SecretVault vault(String keyEncryptionKey) throws ReflectiveOperationException {
        SecretVault vault = new SecretVault();
        Field key = SecretVault.class.getDeclaredField("keyEncryptionKey");
        key.setAccessible(true);
        key.set(vault, keyEncryptionKey);
        Method init = SecretVault.class.getDeclaredMethod("init");
        init.setAccessible(true);
        init.invoke(vault);
        return vault;
    }
}
