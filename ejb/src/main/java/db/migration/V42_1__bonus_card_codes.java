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
 * Widens the purposes of a one-time code by BONUS_CARD (issue 25: a bonus card is registered with a code sent to the
 * wallet holder's phone). V39 wrote the check without a name, which PostgreSQL and H2 spell differently, so it is
 * found in the standard information schema by its clause, as V40_1 did; the new one is named.
 */
public class V42_1__bonus_card_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String purposeCheck = checkOf(connection, "phone_code", "%CONFIRM_OPERATION%");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE phone_code DROP CONSTRAINT \"" + purposeCheck + "\"");
            statement.execute("ALTER TABLE phone_code ADD CONSTRAINT phone_code_purpose_known "
                    + "CHECK (purpose IN ('OPEN_WALLET', 'RESET_PASSWORD', 'CONFIRM_OPERATION', 'BONUS_CARD'))");
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
