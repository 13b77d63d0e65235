package org.cardhub.school.control;

import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.secrets.KeyedHashes;
import org.cardhub.secrets.SealedSecrets;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two pupils' cards of the linking demo, as a fresh installation gets them: Смирнова Ольга at the second school
 * (after the file that makes it) and parent2's, Кузнецов Дмитрий at Школа № 7 and nobody's; their numbers open under
 * the demo key to those README.md gives and are found by the application's lookup hash; their money is posted double
 * entry; applying the file again writes nothing twice. Each test starts from a fresh installation, so the file must run
 * after the one that makes the second school.
 */
class DemoSchoolsPupilsTest {

    private static final Path ROOT = Path.of("..");
    private static final String PARENT2 = "d3e0c0de-0000-4000-8000-000000000004";

    private JdbcDataSource database;

    @BeforeEach
    void aFreshInstallationWithTheDemoData() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        migrate();
    }

    @Test
    void applyingTheFileAgainWritesNothingTwice() throws SQLException {
        String counts = "SELECT (SELECT COUNT(*) FROM card) || ' ' || (SELECT COUNT(*) FROM account) || ' ' || "
                + "(SELECT COUNT(*) FROM card_guardian) || ' ' || (SELECT COUNT(*) FROM journal_entry) || ' ' || "
                + "(SELECT COUNT(*) FROM posting) || ' ' || (SELECT COUNT(*) FROM spending_limit) || ' ' || "
                + "(SELECT COUNT(*) FROM lifecycle_event) || ' ' || (SELECT SUM(balance_minor) FROM account WHERE card_id IS NOT NULL)";
        List<String> before = strings(counts);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE script = 'R__demo_schools_pupils.sql'");
        }

        migrate();

        assertThat(strings(counts)).isEqualTo(before);
        assertThat(strings("SELECT COUNT(*) FROM flyway_schema_history WHERE script = 'R__demo_schools_pupils.sql'"))
                .containsExactly("2");
    }

    @Test
    void olgaIsParent2sChildAtTheSecondSchoolAndDmitryIsNobodysAtTheFirst() throws SQLException {
        assertThat(strings("SELECT k.school_contract_number || ' ' || k.holder_name || ' ' || c.number || ' ' || k.barcode || ' ' "
                + "|| k.status FROM card k JOIN contract c ON c.id = k.contract_id "
                + "WHERE k.school_contract_number IN ('10000004', '10000005') ORDER BY 1"))
                .containsExactly("10000004 Смирнова Ольга S-00000002 2000100000045 ACTIVE",
                        "10000005 Кузнецов Дмитрий S-00000001 2000100000052 ACTIVE");
        assertThat(strings("SELECT g.subject FROM card_guardian g JOIN card k ON k.id = g.card_id WHERE k.school_contract_number = '10000004'"))
                .containsExactly(PARENT2);
        assertThat(strings("SELECT g.subject FROM card_guardian g JOIN card k ON k.id = g.card_id WHERE k.school_contract_number = '10000005'"))
                .isEmpty();
        assertThat(strings("SELECT DISTINCT c.number FROM card_guardian g JOIN card k ON k.id = g.card_id "
                + "JOIN contract c ON c.id = k.contract_id WHERE g.subject = '" + PARENT2 + "' ORDER BY 1"))
                .as("parent2's children go to two schools").containsExactly("S-00000001", "S-00000002");
        assertThat(Barcode.isValid("2000100000045") && Barcode.isValid("2000100000052")).isTrue();
    }

    @Test
    void theirNumbersAreStoredAsTheApplicationStoresThem() throws SQLException, IOException, GeneralSecurityException {
        SealedSecrets demoKey = SealedSecrets.fromBase64(demoKeyEncryptionKey());
        for (String number : List.of("7005990000000093", "7005990000000101")) {
            List<String> stored = row("SELECT pan_hash, pan_sealed, pan_masked FROM card WHERE pan_masked = '"
                    + CardNumber.of(number).masked() + "'");
            assertThat(stored).as(number).hasSize(3);
            assertThat(demoKey.open(stored.get(1))).isEqualTo(number);
            assertThat(stored.get(0)).isEqualTo(lookupHash(number));
        }
    }

    @Test
    void theirActivationCodesAreKeptOnlyAsTheApplicationsKeyedHashOfTheCodesInReadme() throws SQLException, IOException {
        KeyedHashes demoKey = KeyedHashes.fromBase64(demoKeyEncryptionKey());
        assertThat(strings("SELECT school_contract_number || ' ' || activation_code_hash FROM card "
                + "WHERE school_contract_number IN ('10000004', '10000005') ORDER BY 1"))
                .containsExactly("10000004 " + demoKey.activationCodeHash("DEMO-1004"),
                        "10000005 " + demoKey.activationCodeHash("DEMO-1005"));
        List<String> all = strings("SELECT school_contract_number || ' ' || activation_code_hash FROM card "
                + "WHERE school_contract_number IS NOT NULL AND contract_id IN (SELECT id FROM contract WHERE kind = 'SCHOOL')");
        assertThat(strings("SELECT school_contract_number || ' ' || activation_code_hash FROM card "
                + "WHERE contract_id IN (SELECT id FROM contract WHERE kind = 'CENTRE') ORDER BY 1"))
                .as("the education centre's pupils, with the codes of README's lessons")
                .containsExactly("30000001 " + demoKey.activationCodeHash("LSN2KPQ7"),
                        "30000002 " + demoKey.activationCodeHash("LSN3MRT8"));
        assertThat(all).as("every demo school card, DEMO-1 and the last three digits of its number").hasSize(33)
                .allSatisfy(row -> assertThat(row.substring(9))
                        .isEqualTo(demoKey.activationCodeHash("DEMO-1" + row.substring(5, 8))));
    }

    @Test
    void eachPurseHoldsItsMoneyPostedDoubleEntryAndTheDailyLimitOfThePupils() throws SQLException {
        assertThat(strings("SELECT k.school_contract_number || ' ' || a.purpose || ' ' || a.balance_minor FROM account a "
                + "JOIN card k ON k.id = a.card_id WHERE k.school_contract_number IN ('10000004', '10000005') ORDER BY 1"))
                .containsExactly("10000004 CANTEEN 80000", "10000004 MAIN 150000", "10000005 CANTEEN 80000", "10000005 MAIN 150000");
        assertThat(strings("SELECT e.id || ':' || SUM(p.amount_minor) || ':' || COUNT(p.id) FROM journal_entry e "
                + "JOIN posting p ON p.entry_id = e.id WHERE e.description LIKE 'demo: funding of pupil purse %' GROUP BY e.id"))
                .hasSize(4).allSatisfy(entry -> assertThat(entry).endsWith(":0:2"));
        assertThat(strings("SELECT k.school_contract_number || ' ' || l.limit_value FROM spending_limit l JOIN card k ON k.id = l.card_id "
                + "WHERE k.school_contract_number IN ('10000004', '10000005') AND l.period = 'DAY' ORDER BY 1"))
                .containsExactly("10000004 30000", "10000005 30000");
    }

    private void migrate() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + ROOT.resolve("server-config/demo"))
                .javaMigrations(new SequenceKeys()).load().migrate();
    }

    /** HMAC-SHA256 under the lookup key SecretVault derives from the key-encryption key. */
    private static String lookupHash(String number) throws IOException, GeneralSecurityException {
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(Base64.getDecoder().decode(demoKeyEncryptionKey()), "HmacSHA256"));
        byte[] lookupKey = derive.doFinal("cardhub lookup hash key v1".getBytes(StandardCharsets.UTF_8));
        Mac hash = Mac.getInstance("HmacSHA256");
        hash.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
        return HexFormat.of().formatHex(hash.doFinal(number.getBytes(StandardCharsets.UTF_8)));
    }

    private static String demoKeyEncryptionKey() throws IOException {
        Matcher key = Pattern.compile("KEY_ENCRYPTION_KEY=\\$\\{CARDHUB_KEY_ENCRYPTION_KEY:-([A-Za-z0-9+/]{43}=)}")
                .matcher(Files.readString(ROOT.resolve("server-config/cardhub")));
        assertThat(key.find()).as("the launcher documents the demo key").isTrue();
        return key.group(1);
    }

    private List<String> row(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    values.add(rows.getString(column));
                }
            }
        }
        return values;
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
