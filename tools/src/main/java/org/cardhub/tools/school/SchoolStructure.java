package org.cardhub.tools.school;

import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.secrets.SecretVault;
import org.cardhub.tools.simulator.BenchmarkData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark school as the application keeps it: the school «Школа-бенчмарк № 22» (Vladivostok) with its school
 * contract, meal budget, lessons' hours, canteen rules and its own turnstile and till; its canteen supplier with its
 * supplier contract and 5 % commission; 50
 * classes each with a class teacher by name (no Keycloak user); 1 500 pupils' cards (numbers hashed and sealed as the
 * application stores them, a general and a canteen purse, 400 ₽ a day) and 30 staff cards; the free-meal
 * beneficiaries (grades 1–4 and some others).
 */
final class SchoolStructure {

    static final String CONTRACT = "S-90000022";
    static final String SUPPLIER_CONTRACT = "P-90000022";
    static final String ZONE = "Asia/Vladivostok";
    static final String GATE = "GATE-B022";
    static final String TILL = "CANTEEN-B022";
    static final String STATION = "SCHOOL-B22";
    static final int STAFF = 30;
    static final int FIRST_PUPIL_NUMBER = 90220001;
    static final int FIRST_STAFF_NUMBER = 90229001;

    /** A card of the school with its purses; {@code n} is the pupil's (or staff member's) number from 0. */
    record SchoolCard(long id, int n, boolean staff, long main, long canteen, String benefit, String benefitName) {
    }

    /** What the events are written against. */
    record School(long organization, long contract, long budget, List<SchoolCard> cards) {
    }

    private SchoolStructure() {
    }

    static School create(Connection db, SecretVault vault, OffsetDateTime since) throws SQLException {
        long school = insertKey(db, "INSERT INTO organization (form, name, inn, kpp, ogrn, time_zone, created_at) VALUES "
                + "('LEGAL_ENTITY', 'МБОУ «Школа-бенчмарк № 22» (issue 22)', '2540000224', '254001022', '1022500000225', ?, ?)", ZONE, since);
        long contract = insertKey(db, "INSERT INTO contract (number, kind, organization_id, status, balance_model, funding, "
                + "credit_limit_minor, time_zone, created_at) VALUES (?, 'SCHOOL', ?, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 0, ?, ?)",
                CONTRACT, school, ZONE, since);
        update(db, "INSERT INTO account (contract_id, purpose, currency) VALUES (?, 'MAIN', 'RUB'), (?, 'CANTEEN', 'RUB')", contract, contract);
        long supplier = insertKey(db, "INSERT INTO organization (form, name, inn, kpp, ogrn, time_zone, created_at) VALUES "
                + "('LEGAL_ENTITY', 'ООО «Бенчмарк-Питание» (issue 22)', '2536900222', '253601022', '1152536900229', ?, ?)", ZONE, since);
        long supplierContract = insertKey(db, "INSERT INTO contract (number, kind, organization_id, status, balance_model, "
                + "funding, credit_limit_minor, time_zone, created_at) VALUES (?, 'SUPPLIER', ?, 'ACTIVE', 'POOLED', 'PREPAID', 0, ?, ?)",
                SUPPLIER_CONTRACT, supplier, ZONE, since);
        update(db, "INSERT INTO account (contract_id, purpose, currency) VALUES (?, 'MAIN', 'RUB')", supplierContract);
        update(db, "INSERT INTO canteen_supplier (school_id, supplier_id, contract_id, commission_bp, since) VALUES (?, ?, ?, 500, ?)",
                school, supplier, supplierContract, since.toLocalDate());
        update(db, "INSERT INTO school_hours (organization_id, lessons_start, lessons_end) VALUES (?, TIME '08:30:00', TIME '14:00:00')", school);
        update(db, "INSERT INTO canteen_settings (organization_id, free_meal_price_minor, free_meal_name) VALUES (?, 17500, 'Комплексный обед')", school);
        String key = vault.seal("benchmark-terminal-key");
        for (String[] terminal : new String[][] {{GATE, "TURNSTILE", "Школа-бенчмарк № 22, главный вход"},
            {TILL, "CANTEEN_POS", "Школа-бенчмарк № 22, столовая"}}) {
            update(db, "INSERT INTO terminal (id, kind, status, location, region, station, organization_id, secret_key_cipher, "
                    + "key_rotated_at, created_at) VALUES (?, ?, 'ACTIVE', ?, 'RU-PRI', ?, ?, ?, ?, ?)",
                    terminal[0], terminal[1], terminal[2], STATION, school, key, since, since);
        }
        Map<String, Long> classes = classes(db, school);
        cards(db, vault, contract, classes, since);
        update(db, "INSERT INTO account (contract_id, card_id, purpose, currency) SELECT c.contract_id, c.id, v.purpose, 'RUB' "
                + "FROM card c CROSS JOIN (VALUES ('MAIN'), ('CANTEEN')) AS v(purpose) WHERE c.contract_id = ?", contract);
        update(db, "INSERT INTO spending_limit (contract_id, card_id, measure, period, limit_value, created_at) "
                + "SELECT contract_id, id, 'MONEY', 'DAY', 40000, created_at FROM card WHERE contract_id = ? AND holder_kind = 'PUPIL'", contract);
        try (PreparedStatement benefit = db.prepareStatement("INSERT INTO meal_benefit (card_id, kind_code, valid_from, "
                + "granted_by, granted_at) SELECT id, ?, ?, 'benchmark', ? FROM card WHERE contract_id = ? AND school_contract_number = ?")) {
            for (int n = 0; n < People.PUPILS; n++) {
                if (People.benefitOf(n) != null) {
                    set(benefit, People.benefitOf(n), since.toLocalDate(), since, contract, Integer.toString(FIRST_PUPIL_NUMBER + n));
                    benefit.addBatch();
                }
            }
            benefit.executeBatch();
        }
        return read(db, contract);
    }

    /** The school as it is in the database (a second run finds it there). */
    static School read(Connection db, long contract) throws SQLException {
        long organization = 0;
        long budget = 0;
        try (PreparedStatement find = db.prepareStatement("SELECT c.organization_id, a.id FROM contract c JOIN account a "
                + "ON a.contract_id = c.id AND a.card_id IS NULL AND a.purpose = 'CANTEEN' WHERE c.id = ?")) {
            find.setLong(1, contract);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    organization = row.getLong(1);
                    budget = row.getLong(2);
                }
            }
        }
        List<SchoolCard> cards = new ArrayList<>();
        try (PreparedStatement find = db.prepareStatement("SELECT c.id, c.school_contract_number, c.holder_kind, "
                + "m.id, k.id, b.kind_code, t.name_ru FROM card c JOIN account m ON m.card_id = c.id AND m.purpose = 'MAIN' "
                + "JOIN account k ON k.card_id = c.id AND k.purpose = 'CANTEEN' LEFT JOIN meal_benefit b ON b.card_id = c.id "
                + "LEFT JOIN meal_benefit_kind t ON t.code = b.kind_code WHERE c.contract_id = ? ORDER BY c.school_contract_number")) {
            find.setLong(1, contract);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    boolean staff = "PERSON".equals(row.getString(3));
                    int number = Integer.parseInt(row.getString(2));
                    cards.add(new SchoolCard(row.getLong(1), number - (staff ? FIRST_STAFF_NUMBER : FIRST_PUPIL_NUMBER), staff,
                            row.getLong(4), row.getLong(5), row.getString(6), row.getString(7)));
                }
            }
        }
        return new School(organization, contract, budget, cards);
    }

    /** 1А … 10Д, each with its class teacher (named, with a subject no Keycloak user has). */
    private static Map<String, Long> classes(Connection db, long school) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO school_class (organization_id, grade, letter, name, "
                + "teacher_subject) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement staff = db.prepareStatement("INSERT INTO school_staff (organization_id, subject, role, full_name) "
                     + "VALUES (?, ?, 'TEACHER', ?)")) {
            for (int index = 0; index < People.CLASSES; index++) {
                int first = index * People.PER_CLASS;
                String name = People.className(first);
                String teacher = "benchmark-teacher-" + (index + 1);
                set(insert, school, People.grade(first), name.substring(name.length() - 1), name, teacher);
                insert.executeUpdate();
                ids.put(name, generatedKey(insert));
                String[] person = People.name(10_000 + index);
                set(staff, school, teacher, person[0] + " " + person[1] + " " + person[2]);
                staff.executeUpdate();
            }
        }
        return ids;
    }

    private static void cards(Connection db, SecretVault vault, long contract, Map<String, Long> classes, OffsetDateTime since)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO card (contract_id, pan_hash, pan_sealed, pan_masked, "
                + "form, holder_kind, holder_name, barcode, school_contract_number, activation_code_hash, status, expires_on, "
                + "created_at, class_id) VALUES (?, ?, ?, ?, 'PLASTIC', ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)");
             Statement sequence = db.createStatement()) {
            for (int i = 0; i < People.PUPILS + STAFF; i++) {
                boolean staff = i >= People.PUPILS;
                int n = staff ? i - People.PUPILS : i;
                long number = (staff ? FIRST_STAFF_NUMBER : FIRST_PUPIL_NUMBER) + n;
                CardNumber pan = CardNumber.generate("700599", BenchmarkData.nextCardNumber(sequence));
                String[] name = People.name(staff ? 20_000 + n : n);
                set(insert, contract, vault.lookupHash(pan.digits()), vault.seal(pan.digits()), pan.masked(),
                        staff ? "PERSON" : "PUPIL", staff ? String.join(" ", name) : name[0] + " " + name[1],
                        Barcode.generate(number).digits(), Long.toString(number), vault.activationCodeHash("B22-" + number), LocalDate.now().plusYears(4),
                        since, staff ? null : classes.get(People.className(n)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static int update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            set(statement, values);
            return statement.executeUpdate();
        }
    }

    private static long insertKey(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            set(insert, values);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
