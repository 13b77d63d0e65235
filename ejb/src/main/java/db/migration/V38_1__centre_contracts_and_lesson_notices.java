package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Widens two checks for the lesson subscriptions (issue 24): the kinds of contract by CENTRE (an education centre's
 * contract) and the topics a parent chooses channels for by LESSONS (reminders before a subscription ends and of a
 * lesson in debt). V25_1 named the first; V23 wrote the second without a name, which PostgreSQL and H2 spell
 * differently, so it is found in the standard information schema by its clause, as V25_1 did.
 */
public class V38_1__centre_contracts_and_lesson_notices extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String topicCheck = checkOf(connection, "notification_choice", "%MEAL_ORDER%");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE contract DROP CONSTRAINT contract_kind_known");
            statement.execute("ALTER TABLE contract ADD CONSTRAINT contract_kind_known "
                    + "CHECK (kind IN ('FUEL', 'SCHOOL', 'WALLET', 'SUPPLIER', 'CENTRE'))");
            statement.execute("ALTER TABLE notification_choice DROP CONSTRAINT \"" + topicCheck + "\"");
            statement.execute("ALTER TABLE notification_choice ADD CONSTRAINT notification_choice_topic "
                    + "CHECK (topic IN ('ENTRY_EXIT', 'PURCHASE', 'TOP_UP', 'LOW_BALANCE', 'CARD', 'MEAL_ORDER', "
                    + "'PAYMENT_FAILED', 'LESSONS'))");
        }
    }

    private static String checkOf(Connection connection, String table, String clause) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tc.constraint_name "
                + "FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc "
                + "ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name "
                + "WHERE LOWER(tc.table_name) = ? AND tc.constraint_type = 'CHECK' AND cc.check_clause LIKE ?")) {
            query.setString(1, table);
            query.setString(2, clause);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    checks.add(rows.getString(1));
                }
            }
        }
        if (checks.size() != 1) {
            throw new SQLException("Expected one check of " + table + " like " + clause + ", found " + checks);
        }
        return checks.get(0);
    }
}
