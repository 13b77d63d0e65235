package org.cardhub.schema.entity;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema's migrations on the embedded database, as the launcher's default runs them. */
class SequenceKeysTest {

    private JdbcDataSource database;

    @BeforeEach
    void emptyDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    @Test
    void keysHandedOutAfterTheMigrationComeAfterEveryKeyAlreadyThere() throws SQLException {
        migrateTo("6");
        long highest = 0;
        for (int i = 0; i < 3; i++) {
            highest = insertAuditRowReturningKey();
        }

        migrateTo("7");

        long blockEnd = nextValue("audit_event_seq");
        long blockStart = blockEnd - SequenceKeys.BLOCK + 1;
        assertThat(blockStart).as("the application's first block starts right after the old keys").isEqualTo(highest + 1);
        assertThat(insertAuditRowReturningKey()).as("a row inserted by plain SQL takes a block of its own")
                .isGreaterThan(blockEnd);
    }

    @Test
    void everyTableWrittenPerOperationGetsItsSequenceOnAnEmptyDatabase() throws SQLException {
        migrateTo("7");

        for (String table : SequenceKeys.TABLES) {
            assertThat(nextValue(SequenceKeys.sequenceOf(table))).as(table).isEqualTo(SequenceKeys.BLOCK);
        }
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new SequenceKeys()).target(version).load().migrate();
    }

    private long insertAuditRowReturningKey() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, subject_type) "
                    + "VALUES (CURRENT_TIMESTAMP, 'test', 'test', 'TEST')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet key = sql.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private long nextValue(String sequence) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet value = sql.executeQuery("SELECT nextval('" + sequence + "')")) {
            value.next();
            return value.getLong(1);
        }
    }
}
