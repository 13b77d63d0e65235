package db.migration;

import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.secrets.KeyedHashes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Version 35 on an installation that kept activation codes in clear: each code becomes the keyed hash the application
 * checks a typed code against (as typed: upper case, no blanks), a card without a code keeps none, and the clear column
 * is gone; without the installation's key nothing is changed and the deployment stops with the reason.
 */
class V35ActivationCodeHashTest {

    private static final String KEY = "A7pGaTrlrsrokkojyVwQTyXEEwa7he9pwtyPAfPY2e8=";

    private JdbcDataSource database;

    @BeforeEach
    void anInstallationBeforeVersion35WithCodesInClear() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        flyway().target("31").load().migrate();
        sql("INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (5, 'LEGAL_ENTITY', "
                + "'ГБОУ «Лицей № 3»', '7728003458', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        sql("INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (700, 'S-07000000', 'SCHOOL', 5, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        sql("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "school_contract_number, activation_code, status, expires_on, created_at) VALUES "
                + "(900, 700, 'h1', 's1', '700599******0093', 'PLASTIC', 'PUPIL', 'Смирнова Ольга', '10000004', ' demo-1004 ', "
                + "'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP), "
                + "(901, 700, 'h2', 's2', '700599******0101', 'PLASTIC', 'PUPIL', 'Кузнецов Дмитрий', '10000005', 'K7PQ2XMA', "
                + "'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP), "
                + "(902, 700, 'h3', 's3', '700599******0119', 'VIRTUAL', 'PERSON', 'Без кода', NULL, NULL, "
                + "'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void theKeyComesFromTheConfigurationAgain() {
        V35__activation_code_hash.keyEncryptionKey = V35__activation_code_hash.defaultKey();
    }

    @Test
    void eachCodeBecomesItsKeyedHashAndTheClearColumnIsDropped() throws SQLException {
        V35__activation_code_hash.keyEncryptionKey = () -> Optional.of(KEY);

        flyway().load().migrate();

        KeyedHashes hashes = KeyedHashes.fromBase64(KEY);
        assertThat(rows("SELECT id || ' ' || COALESCE(activation_code_hash, '-') FROM card ORDER BY id")).containsExactly(
                "900 " + hashes.activationCodeHash("DEMO-1004"), "901 " + hashes.activationCodeHash("K7PQ2XMA"), "902 -");
        assertThat(rows("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'card' "
                + "AND LOWER(column_name) LIKE 'activation%'")).containsExactly("activation_code_hash");
    }

    @Test
    void withoutTheInstallationsKeyNothingChangesAndTheReasonIsSaid() throws SQLException {
        V35__activation_code_hash.keyEncryptionKey = Optional::empty;

        assertThatThrownBy(() -> flyway().load().migrate()).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("2 activation codes are kept in clear")
                .hasStackTraceContaining("cardhub.secrets.key-encryption-key is not set");

        assertThat(rows("SELECT activation_code FROM card WHERE id = 901")).containsExactly("K7PQ2XMA");
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").javaMigrations(new SequenceKeys());
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private List<String> rows(String query) throws SQLException {
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
