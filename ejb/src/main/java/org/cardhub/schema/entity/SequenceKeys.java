package org.cardhub.schema.entity;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Version 7: the tables every money operation and terminal event writes to take their keys from sequences
 * handed out in blocks of {@value #BLOCK} instead of identity columns. With an identity column the key is
 * known only after the row is inserted, which costs a round trip per row and rules out batching; with a
 * block the application numbers its rows itself. Rows inserted by plain SQL (demo data, benchmark data)
 * still get a key from the column's default, each taking a whole block so they never meet the application's.
 *
 * <p>Written in Java because each sequence must start after the keys already in its table, and the two
 * databases Cardhub runs on (PostgreSQL, H2 in its PostgreSQL mode) share no syntax for computing that
 * inside a DDL statement. The statements below are the ones both accept.</p>
 */
public class SequenceKeys implements JavaMigration {

    /** Must equal the {@code allocationSize} of the entities' {@code @SequenceGenerator}s. */
    public static final int BLOCK = 50;

    static final List<String> TABLES = List.of("journal_entry", "posting", "hold", "audit_event", "purchase_item",
            "attendance", "outbox_message", "terminal_rejection");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "sequence keys";
    }

    /** Never changes once released; Flyway compares it with the one recorded when the migration ran. */
    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long highest;
                try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    max.next();
                    highest = max.getLong(1);
                }
                String sequence = sequenceOf(table);
                sql.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
                // The first block handed out is (start - BLOCK, start]: it begins right after the highest key.
                sql.execute("CREATE SEQUENCE " + sequence + " START WITH " + (highest + BLOCK) + " INCREMENT BY " + BLOCK);
                sql.execute("ALTER TABLE " + table + " ALTER COLUMN id SET DEFAULT nextval('" + sequence + "')");
            }
        }
    }

    static String sequenceOf(String table) {
        return table + "_seq";
    }
}
