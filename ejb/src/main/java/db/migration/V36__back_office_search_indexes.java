package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The back office's registry (issue 23) lists an organisation's contracts and finds cards by the last four digits of
 * their number. The first is a plain index on both databases. The second reads the end of the masked number
 * ({@code RIGHT(pan_masked, 4)}, as the registry's query writes it): PostgreSQL indexes that expression; H2, the demo's
 * database, has no expression indexes, so there the search reads the card table, as a holder's name does everywhere.
 * Java rather than SQL only because the two databases need different statements.
 */
public class V36__back_office_search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX contract_organization ON contract (organization_id)");
            if (postgres) {
                statement.execute("CREATE INDEX card_pan_last4 ON card (RIGHT(pan_masked, 4))");
            }
        }
    }
}
