package org.cardhub.cards.control;

import org.cardhub.cards.entity.NumberRange;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.secrets.SealedSecrets;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo stock batch opens, under the demo key-encryption key the launcher documents, to the numbers README.md
 * gives, inside the stock's numbers; the demo company's order waits with its two holder lines; applying the demo data
 * twice inserts nothing twice.
 */
class DemoCardOrdersTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theDemoBatchAndTheDemoOrderAreThereOnce() throws SQLException, IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + ROOT.resolve("server-config/demo"))
                .javaMigrations(new SequenceKeys()).load().migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE script = 'R__demo_card_orders.sql'");
        }
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "filesystem:" + ROOT.resolve("server-config/demo"))
                .javaMigrations(new SequenceKeys()).load().migrate();

        List<String> batch = row(database, "SELECT first_sealed, last_sealed, card_count, used_count FROM card_stock_batch");
        SealedSecrets demoKey = SealedSecrets.fromBase64(demoKeyEncryptionKey());
        NumberRange range = NumberRange.of(demoKey.open(batch.get(0)), demoKey.open(batch.get(1)));

        assertThat(range.first().digits()).isEqualTo("7005995000000001");
        assertThat(range.last().digits()).isEqualTo("7005995000099995");
        assertThat(batch.subList(2, 4)).containsExactly("10000", "0");
        assertThat(row(database, "SELECT COUNT(*) FROM card_stock_batch")).containsExactly("1");
        assertThat(row(database, "SELECT o.status || ' ' || o.card_count || ' ' || o.service_office_code || ' ' || "
                + "(SELECT COUNT(*) FROM card_order_line l WHERE l.card_order_id = o.id) FROM card_order o"))
                .containsExactly("SUBMITTED 2 MSK-CENTER 2");
    }

    private static String demoKeyEncryptionKey() throws IOException {
        Matcher key = Pattern.compile("KEY_ENCRYPTION_KEY=\\$\\{CARDHUB_KEY_ENCRYPTION_KEY:-([A-Za-z0-9+/]{43}=)}")
                .matcher(Files.readString(ROOT.resolve("server-config/cardhub")));
        assertThat(key.find()).as("the launcher documents the demo key").isTrue();
        return key.group(1);
    }

    private static List<String> row(JdbcDataSource database, String query) throws SQLException {
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
}
