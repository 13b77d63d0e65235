package org.cardhub.tools.fleet;

import org.cardhub.cards.entity.CardNumber;
import org.cardhub.secrets.SecretVault;
import org.cardhub.tools.options.CommandLine;
import org.cardhub.tools.simulator.BenchmarkData;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * The corporate cabinet's benchmark company (issue 19), written straight into Cardhub's PostgreSQL database the way
 * the application stores it: one active pooled fuel contract ({@value #CONTRACT}, so it comes first in a member's
 * cabinet) with 20 card groups and its cards (numbers hashed and sealed with {@link SecretVault}, vehicles, plates,
 * drivers, tanks), funded once from the bank-card acquiring account, then a year of fill-ups at the demo's four
 * stations, one in twenty a completed authorisation and one in two hundred reversed, each with its two postings
 * (the contract account to the merchants) — the rows a purchase leaves, so the read models read them as theirs.
 * The balances of the accounts touched move by what was posted. One transaction: all or nothing; a second run finds
 * the contract and leaves it as it is.
 *
 * <pre>
 * FleetBenchmarkData --db-url jdbc:postgresql://… [--db-user …] [--db-password …] [--cards 10000]
 *                    [--transactions 1000000] [--key-encryption-key BASE64]
 * </pre>
 */
public final class FleetBenchmarkData {

    static final String CONTRACT = "F-00000000";
    private static final String ORGANIZATION = "ООО «Бенчмарк-Транс» (issue 19)";
    private static final String DEMO_KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";
    private static final int GROUPS = 20;
    private static final int CHUNK = 100_000;
    private static final String[] MODELS = {"КАМАЗ 65115", "ГАЗель NEXT", "Ford Transit", "Lada Largus", "МАЗ 5440"};
    private static final long[] TANKS = {350_000, 64_000, 80_000, 50_000, 500_000};
    private static final String PLATE_LETTERS = "АВЕКМНОРСТУХ";

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "cards", "N           cards of the contract [10000]",
            "transactions", "N           fill-ups over the last year [1000000]",
            "key-encryption-key", "BASE64      the installation's key [the demo installation's]"), Set.of());

    private FleetBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("fleet-benchmark-data", args, "db-url");
        int cards = Integer.parseInt(options.getOrDefault("cards", "10000"));
        int transactions = Integer.parseInt(options.getOrDefault("transactions", "1000000"));
        SecretVault vault = BenchmarkData.vault(options.getOrDefault("key-encryption-key", DEMO_KEY));
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""))) {
            db.setAutoCommit(false);
            Long existing = contract(db);
            if (existing != null) {
                System.out.println("fleet benchmark data: " + CONTRACT + " is there already, " + count(db,
                        "SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", existing) + " transactions");
                return;
            }
            long started = System.nanoTime();
            long contract = newContract(db, organization(db));
            long account = newAccount(db, contract);
            addCards(db, vault, contract, cards);
            addFillUps(db, contract, account, transactions);
            fund(db, contract, account);
            db.commit();
            System.out.printf("fleet benchmark data: %s with %d cards and %d transactions written in %d s%n", CONTRACT,
                    count(db, "SELECT COUNT(*) FROM card WHERE contract_id = ?", contract),
                    count(db, "SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", contract),
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private static Long contract(Connection db) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM contract WHERE number = ?")) {
            find.setString(1, CONTRACT);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static long organization(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organization (form, name, inn, kpp, ogrn, time_zone, "
                + "created_at) VALUES ('LEGAL_ENTITY', ?, '7707083893', '773601919', '1027700132195', 'Europe/Moscow', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, ORGANIZATION);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long newContract(Connection db, long organization) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contract (number, kind, organization_id, tariff_code, "
                + "status, balance_model, funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'FUEL', ?, 'REGIONAL', "
                + "'ACTIVE', 'POOLED', 'PREPAID', 0, 'Europe/Moscow', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, CONTRACT);
            insert.setLong(2, organization);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).minusYears(1).minusDays(2));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long newAccount(Connection db, long contract) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (contract_id, purpose, currency) "
                + "VALUES (?, 'MAIN', 'RUB')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, contract);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** The groups («Колонна 01» …), then the cards, each a vehicle of one of five models in one of the groups. */
    private static void addCards(Connection db, SecretVault vault, long contract, int count) throws SQLException {
        try (PreparedStatement groups = db.prepareStatement("INSERT INTO card_group (contract_id, name, created_at) "
                + "SELECT ?, 'Колонна ' || lpad(g::text, 2, '0'), now() FROM generate_series(1, ?) g")) {
            groups.setLong(1, contract);
            groups.setInt(2, GROUPS);
            groups.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, "
                + "form, holder_kind, holder_name, status, expires_on, created_at, vehicle, plate, driver, tank_millilitres, group_id) "
                + "VALUES (?, ?, ?, ?, 'PLASTIC', 'VEHICLE', ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, "
                + "(SELECT id FROM card_group WHERE contract_id = ? AND name = ?))");
             Statement sequence = db.createStatement()) {
            for (int i = 0; i < count; i++) {
                CardNumber pan = CardNumber.generate("700599", BenchmarkData.nextCardNumber(sequence));
                String model = MODELS[i % MODELS.length];
                String plate = plate(i);
                insert.setLong(1, contract);
                insert.setString(2, vault.lookupHash(pan.digits()));
                insert.setString(3, vault.seal(pan.digits()));
                insert.setString(4, pan.masked());
                insert.setString(5, model + ", " + plate);
                insert.setObject(6, LocalDate.now().plusYears(3));
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(8, model);
                insert.setString(9, plate);
                insert.setString(10, "Водитель " + (i + 1));
                insert.setLong(11, TANKS[i % TANKS.length]);
                insert.setLong(12, contract);
                insert.setString(13, String.format("Колонна %02d", 1 + i % GROUPS));
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** А123ВС77-style plates, different for each card. */
    static String plate(int index) {
        int letters = PLATE_LETTERS.length();
        return "" + PLATE_LETTERS.charAt(index % letters) + String.format("%03d", index / letters % 1000)
                + PLATE_LETTERS.charAt(index / (letters * 1000) % letters) + PLATE_LETTERS.charAt(index / 7 % letters) + "77";
    }

    /**
     * The fill-ups, {@value #CHUNK} a statement, each with its two postings: a card of the contract, a moment of the
     * last year, one of the demo's stations and three fuels at their prices, 5 to 65 litres; then the reversals of one
     * purchase in two hundred, ten minutes later.
     */
    private static void addFillUps(Connection db, long contract, long account, int transactions) throws SQLException {
        String fillUps = "WITH cards AS (SELECT array_agg(id ORDER BY id) AS ids FROM card WHERE contract_id = ?), "
                + "entries AS (INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, product_code, category, station, "
                + "region, amount_minor, volume_milli, description, actor) "
                + "SELECT CASE WHEN x.r < 0.05 THEN 'COMPLETION' ELSE 'PURCHASE' END, now() - x.r * INTERVAL '365 days', "
                + "c.ids[1 + floor(x.c * array_length(c.ids, 1))::int], ?, "
                + "(ARRAY['AI-92', 'AI-95', 'DT'])[1 + x.p], 'FUEL', (ARRAY['AZS-17', 'AZS-23', 'AZS-31', 'AZS-42'])[1 + x.s], "
                + "(ARRAY['RU-MOW', 'RU-MOW', 'RU-MOS', 'RU-TVE'])[1 + x.s], x.milli * (ARRAY[5410, 5930, 6680])[1 + x.p] / 1000, "
                + "x.milli, 'Purchase of ' || (ARRAY['AI-92', 'AI-95', 'DT'])[1 + x.p] || ' at ' "
                + "|| (ARRAY['AZS-17', 'AZS-23', 'AZS-31', 'AZS-42'])[1 + x.s], 'terminal:FUEL-000' || (1 + x.s) "
                + "FROM generate_series(1, ?) g, cards c, LATERAL (SELECT random() AS r, random() AS c, floor(random() * 3)::int AS p, "
                + "floor(random() * 4)::int AS s, 5000 + floor(random() * 60000)::bigint AS milli WHERE g > 0) x "
                + "RETURNING id, amount_minor) "
                + "INSERT INTO posting (entry_id, account_id, currency, amount_minor) "
                + "SELECT id, ?, 'RUB', -amount_minor FROM entries "
                + "UNION ALL SELECT id, (SELECT id FROM account WHERE system_code = 'MERCHANT_PAYABLE'), 'RUB', amount_minor FROM entries";
        for (int written = 0; written < transactions; written += CHUNK) {
            try (PreparedStatement insert = db.prepareStatement(fillUps)) {
                insert.setLong(1, contract);
                insert.setLong(2, contract);
                insert.setInt(3, Math.min(CHUNK, transactions - written));
                insert.setLong(4, account);
                insert.executeUpdate();
            }
            System.out.printf("fleet benchmark data: %d of %d transactions%n", Math.min(transactions, written + CHUNK), transactions);
        }
        try (PreparedStatement reversals = db.prepareStatement("WITH entries AS (INSERT INTO journal_entry (kind, booked_at, card_id, "
                + "contract_id, product_code, category, station, region, amount_minor, volume_milli, reverses_entry_id, description, "
                + "actor) SELECT 'REVERSAL', e.booked_at + INTERVAL '10 minutes', e.card_id, e.contract_id, e.product_code, e.category, "
                + "e.station, e.region, e.amount_minor, e.volume_milli, e.id, 'Reversal', e.actor FROM journal_entry e "
                + "WHERE e.contract_id = ? AND e.kind = 'PURCHASE' AND random() < 0.005 RETURNING id, amount_minor) "
                + "INSERT INTO posting (entry_id, account_id, currency, amount_minor) "
                + "SELECT id, ?, 'RUB', amount_minor FROM entries "
                + "UNION ALL SELECT id, (SELECT id FROM account WHERE system_code = 'MERCHANT_PAYABLE'), 'RUB', -amount_minor FROM entries")) {
            reversals.setLong(1, contract);
            reversals.setLong(2, account);
            reversals.executeUpdate();
        }
    }

    /**
     * One top-up, a year and a day ago, of what was spent and a tenth more, so the account never went below zero;
     * then the cached balances of the contract's account and the two system accounts move by what was posted.
     */
    private static void fund(Connection db, long contract, long account) throws SQLException {
        long spent = count(db, "SELECT -COALESCE(SUM(amount_minor), 0) FROM posting WHERE account_id = ?", account);
        long amount = spent + spent / 10 + 1_000_000_00L;
        try (PreparedStatement insert = db.prepareStatement("WITH entries AS (INSERT INTO journal_entry (kind, booked_at, contract_id, "
                + "amount_minor, description, actor) VALUES ('TOP_UP', now() - INTERVAL '366 days', ?, ?, 'benchmark funding', "
                + "'benchmark') RETURNING id) INSERT INTO posting (entry_id, account_id, currency, amount_minor) "
                + "SELECT id, ?, 'RUB', ? FROM entries UNION ALL "
                + "SELECT id, (SELECT id FROM account WHERE system_code = 'BANK_CARD_ACQUIRING'), 'RUB', ? FROM entries")) {
            insert.setLong(1, contract);
            insert.setLong(2, amount);
            insert.setLong(3, account);
            insert.setLong(4, amount);
            insert.setLong(5, -amount);
            insert.executeUpdate();
        }
        try (PreparedStatement balances = db.prepareStatement("UPDATE account SET balance_minor = balance_minor + "
                + "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "WHERE e.contract_id = ? AND p.account_id = account.id) "
                + "WHERE id = ? OR system_code IN ('MERCHANT_PAYABLE', 'BANK_CARD_ACQUIRING')")) {
            balances.setLong(1, contract);
            balances.setLong(2, account);
            balances.executeUpdate();
        }
    }

    private static long count(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
