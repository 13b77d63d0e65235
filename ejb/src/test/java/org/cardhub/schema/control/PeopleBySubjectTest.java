package org.cardhub.schema.control;

import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
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
 * People are linked to their data by Keycloak's immutable user id, never by a user name someone could
 * register once it is free: the schema after V10, and the demo data against the ids the realm file fixes.
 */
class PeopleBySubjectTest {

    private static final Path ROOT = Path.of("..");

    private JdbcDataSource database;

    @BeforeEach
    void emptyDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    @Test
    void everyLinkToAPersonIsByTheirUserIdAndNoneByTheirName() throws SQLException {
        migrate("classpath:db/migration");

        assertThat(columns("card_guardian")).containsExactlyInAnyOrder("card_id", "subject");
        assertThat(columns("organization_member")).contains("organization_id", "subject").doesNotContain("username");
        assertThat(columns("notification_preference")).contains("subject").doesNotContain("username");
        assertThat(columns("card")).contains("holder_subject");
        assertThat(columns("contract")).contains("holder_subject");
    }

    @Test
    void aWalletHeldOnlyByAUserIdIsAValidContract() throws SQLException {
        migrate("classpath:db/migration");

        assertThat(update("INSERT INTO contract (number, kind, holder_subject, status, balance_model, funding, credit_limit_minor, "
                + "wallet_tier, time_zone, created_at) VALUES ('W-09999999', 'WALLET', '" + UUID.randomUUID() + "', 'ACTIVE', "
                + "'POOLED', 'PREPAID', 0, 'NON_IDENTIFIED', 'Europe/Moscow', CURRENT_TIMESTAMP)")).isEqualTo(1);
    }

    @Test
    void theDemoDataLinksTheDemoPeopleByTheIdsTheRealmFileGivesThem() throws SQLException, IOException {
        migrate("classpath:db/migration", "filesystem:" + ROOT.resolve("server-config/demo"));

        String parent = realmIdOf("parent");
        String parent2 = realmIdOf("parent2");
        assertThat(strings("SELECT k.school_contract_number FROM card_guardian g JOIN card k ON k.id = g.card_id "
                + "WHERE g.subject = '" + parent + "' ORDER BY 1")).containsExactly("10000001", "10000002", "30000001", "30000002");
        assertThat(strings("SELECT k.school_contract_number FROM card_guardian g JOIN card k ON k.id = g.card_id "
                + "WHERE g.subject = '" + parent2 + "' ORDER BY 1")).containsExactly("10000003", "10000004");
        assertThat(strings("SELECT holder_subject FROM card WHERE school_contract_number = '10000001'"))
                .containsExactly(realmIdOf("pupil"));
        assertThat(strings("SELECT m.subject FROM organization_member m JOIN organization o ON o.id = m.organization_id "
                + "WHERE o.inn = '7712345671' ORDER BY 1")).containsExactly(realmIdOf("fleet"), realmIdOf("fleet2"));
        assertThat(strings("SELECT g.name FROM member_group x JOIN card_group g ON g.id = x.group_id "
                + "WHERE x.subject = '" + realmIdOf("fleet2") + "'")).containsExactly("Сервис");
        assertThat(strings("SELECT k.plate FROM card k JOIN card_group g ON g.id = k.group_id WHERE g.name = 'Сервис' ORDER BY 1"))
                .containsExactly("Е789КХ77", "К321МН77");
        assertThat(strings("SELECT subject FROM notification_preference")).containsExactlyInAnyOrder(parent, parent2);
    }

    private static String realmIdOf(String username) throws IOException {
        String realm = Files.readString(ROOT.resolve("server-config/keycloak/cardhub-realm.json"));
        Matcher user = Pattern.compile("\"id\": \"([0-9a-f-]{36})\",\\s*\"username\": \"" + Pattern.quote(username) + "\"").matcher(realm);
        assertThat(user.find()).as("the realm file fixes the id of " + username).isTrue();
        return user.group(1);
    }

    private void migrate(String... locations) {
        Flyway.configure().dataSource(database).locations(locations).javaMigrations(new SequenceKeys()).load().migrate();
    }

    private List<String> columns(String table) throws SQLException {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'");
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
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
