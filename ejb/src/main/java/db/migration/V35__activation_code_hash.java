package db.migration;

import org.cardhub.secrets.KeyedHashes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cards keep only a keyed hash of their activation code (issue 23): the column {@code activation_code_hash} is added and
 * filled from the codes kept in clear until now, then the clear column is dropped. Written in Java because the hash is
 * an HMAC under a key derived from the installation's key-encryption key, which lives in the server's configuration and
 * never in the database; the migration reads it where the application does (MicroProfile Config) and only when there is
 * a code to hash, so a new installation needs nothing. Dropping the clear column in the same release is safe: every code
 * is hashed in this migration's transaction before the drop, with the key the application then checks codes under, and
 * nothing of this release reads the clear column.
 */
public class V35__activation_code_hash extends BaseJavaMigration {

    static final String KEY_PROPERTY = "cardhub.secrets.key-encryption-key";
    private static final int PAGE = 1000;

    /** Where the installation's key comes from; a test gives its own. */
    static Supplier<Optional<String>> keyEncryptionKey = defaultKey();

    static Supplier<Optional<String>> defaultKey() {
        return () -> ConfigProvider.getConfig().getOptionalValue(KEY_PROPERTY, String.class);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long inClear = codesInClear(connection);
        KeyedHashes hashes = inClear == 0 ? null : KeyedHashes.fromBase64(keyEncryptionKey.get().orElseThrow(
                () -> new SQLException(inClear + " activation codes are kept in clear and " + KEY_PROPERTY
                        + " is not set: they cannot be hashed under the installation's key")));
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE card ADD COLUMN activation_code_hash VARCHAR(64)");
        }
        if (hashes != null) {
            hashAll(connection, hashes);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE card DROP COLUMN activation_code");
        }
    }

    /** Page by page in the order of the cards' ids, so a large installation is never held in memory at once. */
    private static void hashAll(Connection connection, KeyedHashes hashes) throws SQLException {
        try (PreparedStatement page = connection.prepareStatement("SELECT id, activation_code FROM card "
                + "WHERE activation_code IS NOT NULL AND id > ? ORDER BY id LIMIT " + PAGE);
             PreparedStatement update = connection.prepareStatement("UPDATE card SET activation_code_hash = ? WHERE id = ?")) {
            long after = Long.MIN_VALUE;
            int read;
            do {
                read = 0;
                page.setLong(1, after);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        update.setString(1, hashes.activationCodeHash(rows.getString(2).strip().toUpperCase(Locale.ROOT)));
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read > 0) {
                    update.executeBatch();
                }
            } while (read == PAGE);
        }
    }

    private static long codesInClear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM card WHERE activation_code IS NOT NULL")) {
            count.next();
            return count.getLong(1);
        }
    }
}
