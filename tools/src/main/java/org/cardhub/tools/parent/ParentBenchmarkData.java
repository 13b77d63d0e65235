package org.cardhub.tools.parent;

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
 * The parent's cabinet benchmark data (issue 21), written straight into Cardhub's PostgreSQL database the way the
 * application stores it: a school («Школа-бенчмарк», Vladivostok) with an active school contract ({@value #CONTRACT}),
 * three pupils' cards of class 5А (numbers hashed and sealed with {@link SecretVault}, a general and a canteen purse
 * each, a daily limit of 400 ₽), and for each a year of school days in the school's time zone, in SQL over
 * {@code generate_series}: on school days a pass in and out (a quarter with a lunch break out and back), a lunch of two
 * or three dishes and, every other day, a second buffet purchase from the canteen purse, a bus fare in the morning
 * (70 %) and in the afternoon (60 %) from the general purse; on weekends a trip now and then; every Sunday evening a
 * top-up of both purses; one purchase in two hundred taken back ten minutes later. Each entry has its two postings, the
 * purses' balances move by what was posted. Some 1 500 events a pupil. One transaction; a second run finds the contract
 * and leaves it as it is. The demo's GATE-0001, CANTEEN-0001 and BUS-0001 are the terminals.
 *
 * <pre>
 * ParentBenchmarkData --db-url jdbc:postgresql://… [--db-user …] [--db-password …] [--days 365]
 *                     [--key-encryption-key BASE64]
 * </pre>
 */
public final class ParentBenchmarkData {

    static final String CONTRACT = "S-90000021";
    static final String ZONE = "Asia/Vladivostok";
    private static final String DEMO_KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";
    private static final String[] PUPILS = {"Бенчмарков Артём", "Бенчмаркова Вера", "Бенчмарков Глеб"};
    private static final String[] SCHOOL_NUMBERS = {"90210001", "90210002", "90210003"};
    /** A school-day moment: the day plus a time of day, with up to {@code minutes} of chance, on the school's clock. */
    private static final String AT = "(day + TIME '%s' + random() * INTERVAL '%d minutes') AT TIME ZONE '" + ZONE + "'";
    private static final String DAYS = "cards AS (SELECT id FROM card WHERE contract_id = ?), "
            + "days AS (SELECT d::date AS day, EXTRACT(ISODOW FROM d)::int AS dow FROM generate_series("
            + "(now() AT TIME ZONE '" + ZONE + "')::date - ?, (now() AT TIME ZONE '" + ZONE + "')::date, INTERVAL '1 day') d), "
            + "school AS (SELECT c.id AS card, d.day FROM cards c, days d WHERE d.dow < 6), "
            + "weekend AS (SELECT c.id AS card, d.day FROM cards c, days d WHERE d.dow >= 6)";

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "db-url", "URL         Cardhub's PostgreSQL database (JDBC URL)",
            "db-user", "NAME        its user",
            "db-password", "SECRET      its password",
            "days", "N           days of events before today and today so far [365]",
            "key-encryption-key", "BASE64      the installation's key [the demo installation's]"), Set.of());

    private ParentBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("parent-benchmark-data", args, "db-url");
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        SecretVault vault = BenchmarkData.vault(options.getOrDefault("key-encryption-key", DEMO_KEY));
        try (Connection db = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", ""),
                options.getOrDefault("db-password", ""))) {
            db.setAutoCommit(false);
            Long existing = contract(db);
            if (existing != null) {
                report(db, existing, "is there already");
                return;
            }
            long started = System.nanoTime();
            long contract = newContract(db, organization(db));
            addPupils(db, vault, contract);
            addEntries(db, contract, days);
            addDishes(db, contract);
            addReversals(db, contract);
            post(db, contract);
            addPasses(db, contract, days);
            db.commit();
            report(db, contract, "written in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        }
    }

    private static void report(Connection db, long contract, String how) throws SQLException {
        System.out.printf("parent benchmark data: %s %s: %d journal entries, %d dishes, %d passes over %d cards%n", CONTRACT,
                how, count(db, "SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM purchase_item i JOIN journal_entry e ON e.id = i.entry_id WHERE e.contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM attendance a JOIN card c ON c.id = a.card_id WHERE c.contract_id = ?", contract),
                count(db, "SELECT COUNT(*) FROM card WHERE contract_id = ?", contract));
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
                + "created_at) VALUES ('LEGAL_ENTITY', 'МБОУ «Школа-бенчмарк» (issue 21)', '2540000021', '254001021', "
                + "'1022500000021', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, ZONE);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static long newContract(Connection db, long organization) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contract (number, kind, organization_id, status, "
                + "balance_model, funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'SCHOOL', ?, 'ACTIVE', "
                + "'DISTRIBUTED', 'PREPAID', 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, CONTRACT);
            insert.setLong(2, organization);
            insert.setString(3, ZONE);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC).minusYears(1).minusDays(3));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** Class 5А, its three pupils, their general and canteen purses and a daily limit of 400 ₽ each. */
    private static void addPupils(Connection db, SecretVault vault, long contract) throws SQLException {
        update(db, "INSERT INTO card_group (contract_id, name, created_at) VALUES (?, '5А', now())", contract);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, "
                + "form, holder_kind, holder_name, school_contract_number, status, expires_on, created_at, group_id) "
                + "VALUES (?, ?, ?, ?, 'PLASTIC', 'PUPIL', ?, ?, 'ACTIVE', ?, ?, "
                + "(SELECT id FROM card_group WHERE contract_id = ? AND name = '5А'))");
             Statement sequence = db.createStatement()) {
            for (int i = 0; i < PUPILS.length; i++) {
                CardNumber pan = CardNumber.generate("700599", BenchmarkData.nextCardNumber(sequence));
                insert.setLong(1, contract);
                insert.setString(2, vault.lookupHash(pan.digits()));
                insert.setString(3, vault.seal(pan.digits()));
                insert.setString(4, pan.masked());
                insert.setString(5, PUPILS[i]);
                insert.setString(6, SCHOOL_NUMBERS[i]);
                insert.setObject(7, LocalDate.now().plusYears(3));
                insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC).minusYears(1).minusDays(2));
                insert.setLong(9, contract);
                insert.executeUpdate();
            }
        }
        update(db, "INSERT INTO account (contract_id, card_id, purpose, currency) SELECT c.contract_id, c.id, v.purpose, 'RUB' "
                + "FROM card c, (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose) WHERE c.contract_id = ?", contract);
        update(db, "INSERT INTO spending_limit (contract_id, card_id, measure, period, limit_value, created_at) "
                + "SELECT contract_id, id, 'MONEY', 'DAY', 40000, now() FROM card WHERE contract_id = ?", contract);
    }

    /**
     * The fares, the canteen purchases (their amounts are their dishes', set once the dishes are written) and the
     * top-ups — a first one of 2 000 ₽ on each purse a year and a day ago, then 500 ₽ and 700 ₽ every Sunday
     * evening — in time order, none after now.
     */
    private static void addEntries(Connection db, long contract, int days) throws SQLException {
        String planned = "planned AS ("
                + "SELECT card, 'PURCHASE' AS kind, 'TRANSPORT' AS category, 'terminal:BUS-0001' AS actor, 3500::bigint AS amount, "
                + "'benchmark trip' AS description, " + at("07:05", 30) + " AS at FROM school WHERE random() < 0.7 "
                + "UNION ALL SELECT card, 'PURCHASE', 'TRANSPORT', 'terminal:BUS-0001', 3500, 'benchmark trip', "
                + at("14:30", 120) + " FROM school WHERE random() < 0.6 "
                + "UNION ALL SELECT card, 'PURCHASE', 'TRANSPORT', 'terminal:BUS-0001', 3500, 'benchmark trip', "
                + at("11:00", 420) + " FROM weekend WHERE random() < 0.4 "
                + "UNION ALL SELECT card, 'PURCHASE', CASE WHEN random() < 0.8 THEN 'HOT_MEAL' ELSE 'BUFFET' END, "
                + "'terminal:CANTEEN-0001', 0, 'benchmark meal', " + at("10:00", 25) + " FROM school "
                + "UNION ALL SELECT card, 'PURCHASE', 'BUFFET', 'terminal:CANTEEN-0001', 0, 'benchmark meal', "
                + at("12:35", 30) + " FROM school WHERE random() < 0.5 "
                + "UNION ALL SELECT c.id, 'TOP_UP', NULL, 'benchmark', v.amount, 'benchmark top-up ' || v.purse, "
                + "(d.day + TIME '20:00' + random() * INTERVAL '60 minutes') AT TIME ZONE '" + ZONE + "' "
                + "FROM cards c, days d, (VALUES ('MAIN', 50000), ('CANTEEN', 70000)) AS v(purse, amount) WHERE d.dow = 7 "
                + "UNION ALL SELECT c.id, 'TOP_UP', NULL, 'benchmark', 200000, 'benchmark top-up ' || v.purse, "
                + "now() - (? + 1) * INTERVAL '1 day' FROM cards c, (VALUES ('MAIN'), ('CANTEEN')) AS v(purse))";
        try (PreparedStatement insert = db.prepareStatement("WITH " + DAYS + ", " + planned + " "
                + "INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, amount_minor, description, actor) "
                + "SELECT kind, at, card, ?, category, amount, description, actor FROM planned WHERE at < now() ORDER BY at")) {
            insert.setLong(1, contract);
            insert.setInt(2, days);
            insert.setInt(3, days);
            insert.setLong(4, contract);
            insert.executeUpdate();
        }
    }

    /** Two or three dishes for each canteen purchase, from a small menu; then each purchase costs what its dishes do. */
    private static void addDishes(Connection db, long contract) throws SQLException {
        update(db, "INSERT INTO purchase_item (entry_id, line_no, name, category, quantity, price_minor) "
                + "SELECT e.id, l.line, m.name, m.category, 1, m.price FROM journal_entry e "
                + "CROSS JOIN LATERAL generate_series(1, 2 + abs(hashtext(e.id::text)) % 2) AS l(line) "
                + "JOIN (VALUES (0, 'Борщ', 'HOT_MEAL', 4500), (1, 'Котлета с пюре', 'HOT_MEAL', 6500), (2, 'Компот', 'DRINK', 1250), "
                + "(3, 'Пирожок', 'BUFFET', 2500), (4, 'Чай', 'DRINK', 1000), (5, 'Салат', 'HOT_MEAL', 3000)) AS m(k, name, category, price) "
                + "ON m.k = abs(hashtext(e.id::text || ':' || l.line)) % 6 "
                + "WHERE e.contract_id = ? AND e.description = 'benchmark meal'", contract);
        update(db, "UPDATE journal_entry e SET amount_minor = s.total FROM (SELECT i.entry_id, SUM(i.price_minor * i.quantity) AS total "
                + "FROM purchase_item i JOIN journal_entry j ON j.id = i.entry_id WHERE j.contract_id = ? GROUP BY i.entry_id) s "
                + "WHERE e.id = s.entry_id", contract);
    }

    private static void addReversals(Connection db, long contract) throws SQLException {
        update(db, "INSERT INTO journal_entry (kind, booked_at, card_id, contract_id, category, amount_minor, reverses_entry_id, "
                + "description, actor) SELECT 'REVERSAL', e.booked_at + INTERVAL '10 minutes', e.card_id, e.contract_id, e.category, "
                + "e.amount_minor, e.id, e.description, e.actor FROM journal_entry e WHERE e.contract_id = ? AND e.kind = 'PURCHASE' "
                + "AND random() < 0.005 AND e.booked_at + INTERVAL '10 minutes' < now()", contract);
    }

    /**
     * Each entry's two postings — a purchase out of the pupil's purse (the canteen's for meals) to the merchants, a
     * top-up from bank-card acquiring into it, a reversal back — then the purses' and system accounts' balances.
     */
    private static void post(Connection db, long contract) throws SQLException {
        update(db, "WITH entries AS (SELECT e.id, e.kind, e.amount_minor, e.card_id, "
                + "CASE WHEN e.description IN ('benchmark meal', 'benchmark top-up CANTEEN') THEN 'CANTEEN' ELSE 'MAIN' END AS purse "
                + "FROM journal_entry e WHERE e.contract_id = ?) "
                + "INSERT INTO posting (entry_id, account_id, currency, amount_minor) "
                + "SELECT x.id, a.id, 'RUB', CASE x.kind WHEN 'PURCHASE' THEN -x.amount_minor ELSE x.amount_minor END FROM entries x "
                + "JOIN account a ON a.card_id = x.card_id AND a.purpose = x.purse AND a.currency = 'RUB' "
                + "UNION ALL SELECT x.id, s.id, 'RUB', CASE x.kind WHEN 'PURCHASE' THEN x.amount_minor ELSE -x.amount_minor END "
                + "FROM entries x JOIN account s ON s.system_code = "
                + "CASE x.kind WHEN 'TOP_UP' THEN 'BANK_CARD_ACQUIRING' ELSE 'MERCHANT_PAYABLE' END", contract);
        update(db, "UPDATE account a SET balance_minor = a.balance_minor + s.total FROM (SELECT p.account_id, "
                + "SUM(p.amount_minor) AS total FROM posting p JOIN journal_entry e ON e.id = p.entry_id WHERE e.contract_id = ? "
                + "GROUP BY p.account_id) s WHERE a.id = s.account_id", contract);
    }

    /** In at about eight and out in the afternoon on every school day; a quarter of the days out for lunch and back. */
    private static void addPasses(Connection db, long contract, int days) throws SQLException {
        String passes = "lunch AS (SELECT card, day FROM school WHERE random() < 0.25), passes AS ("
                + "SELECT card, day, 1 AS n, 'ENTRY' AS direction, " + at("07:40", 30) + " AS at FROM school "
                + "UNION ALL SELECT card, day, 2, 'EXIT', " + at("13:20", 160) + " FROM school "
                + "UNION ALL SELECT card, day, 3, 'EXIT', " + at("11:50", 10) + " FROM lunch "
                + "UNION ALL SELECT card, day, 4, 'ENTRY', " + at("12:20", 10) + " FROM lunch)";
        try (PreparedStatement insert = db.prepareStatement("WITH " + DAYS + ", " + passes + " "
                + "INSERT INTO attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at) "
                + "SELECT card, 'GATE-0001', 'benchmark-' || card || '-' || day || '-' || n, direction, at, at FROM passes "
                + "WHERE at < now() ORDER BY at")) {
            insert.setLong(1, contract);
            insert.setInt(2, days);
            insert.executeUpdate();
        }
    }

    private static String at(String time, int minutes) {
        return String.format(AT, time, minutes);
    }

    private static void update(Connection db, String sql, long contract) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            long parameters = sql.chars().filter(c -> c == '?').count(); // each one the contract
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, contract);
            }
            statement.executeUpdate();
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
