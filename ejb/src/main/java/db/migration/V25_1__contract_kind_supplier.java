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
 * Widens the kinds of contract by SUPPLIER (a canteen supplier's settlement contract). V2 wrote the check on
 * {@code contract.kind} without a name, and PostgreSQL and H2 name such a check differently, so SQL alone cannot drop
 * it on both: this finds it in the standard information schema by its clause, drops it and adds a named one.
 */
public class V25_1__contract_kind_supplier extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> checks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tc.constraint_name "
                + "FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc "
                + "ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name "
                + "WHERE LOWER(tc.table_name) = 'contract' AND tc.constraint_type = 'CHECK' "
                + "AND cc.check_clause LIKE '%WALLET%'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checks.add(rows.getString(1));
            }
        }
        if (checks.size() != 1) {
            throw new SQLException("Expected one check of contract.kind, found " + checks);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE contract DROP CONSTRAINT \"" + checks.get(0) + "\"");
            statement.execute("ALTER TABLE contract ADD CONSTRAINT contract_kind_known "
                    + "CHECK (kind IN ('FUEL', 'SCHOOL', 'WALLET', 'SUPPLIER'))");
        }
    }
}
