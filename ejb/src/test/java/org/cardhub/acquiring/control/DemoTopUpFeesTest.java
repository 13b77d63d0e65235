package org.cardhub.acquiring.control;

import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's fees as README.md gives them: «Лицей № 3» (S-00000002) 1.5 % and at least 5 ₽, «Школа № 7»
 * (S-00000001) none; in place on a fresh database (the fee's script runs after the one making the second school) and
 * once only when the demo data is applied again.
 */
class DemoTopUpFeesTest {

    private static final Path DEMO = Path.of("..").resolve("server-config/demo");

    @Test
    void theLyceumChargesOneAndAHalfPercentAtLeastFiveRoublesAndSchoolSevenNothing() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        migrate(database);
        List<String> fresh = fees(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE script = 'R__demo_top_up_fees.sql'");
        }
        migrate(database);

        assertThat(fresh).as("on a fresh database").containsExactly("S-00000002 150 500");
        assertThat(fees(database)).as("applied again").containsExactly("S-00000002 150 500");
    }

    private static List<String> fees(JdbcDataSource database) throws SQLException {
        return rows(database, "SELECT c.number || ' ' || f.rate_bp || ' ' || f.minimum_minor FROM top_up_fee f "
                + "JOIN contract c ON c.id = f.contract_id ORDER BY c.number");
    }

    private static void migrate(JdbcDataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + DEMO)
                .javaMigrations(new SequenceKeys()).load().migrate();
    }

    private static List<String> rows(JdbcDataSource database, String query) throws SQLException {
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
