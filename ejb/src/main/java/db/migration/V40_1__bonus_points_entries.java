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
 * Widens the kinds of journal entry by BONUS_POINTS (issue 25: the bonus programme's points posted on the ledger).
 * V2 wrote the check without a name, which PostgreSQL and H2 spell differently, so it is found in the standard
 * information schema by its clause, as V38_1 did; the new one is named.
 */
public class V40_1__bonus_points_entries extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String kindCheck = checkOf(connection, "journal_entry", "%AUTO_TOP_UP%");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE journal_entry DROP CONSTRAINT \"" + kindCheck + "\"");
            statement.execute("ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_kind_known "
                    + "CHECK (kind IN ('TOP_UP', 'PURCHASE', 'COMPLETION', 'REVERSAL', 'TRANSFER', 'CORRECTION', "
                    + "'AUTO_TOP_UP', 'REISSUE', 'BONUS_POINTS'))");
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
