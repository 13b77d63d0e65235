package org.cardhub.operations.control;

import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A database of the test's own, migrated by the application's Flyway scripts: an in-memory H2 in its PostgreSQL mode,
 * or a scratch database created on the PostgreSQL at 127.0.0.1:5432 (user postgres, trust authentication, as CI has
 * it; {@code -Dcardhub.test.postgres=jdbc:postgresql://host:port} names another) and dropped when closed. Where no
 * PostgreSQL answers, a test on it is skipped, not failed.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final String POSTGRES = System.getProperty("cardhub.test.postgres", "jdbc:postgresql://127.0.0.1:5432");
    private static final String POSTGRES_USER = System.getProperty("cardhub.test.postgres.user", "postgres");
    private static final String POSTGRES_PASSWORD = System.getProperty("cardhub.test.postgres.password", "");

    private final String url;
    private final String user;
    private final String password;
    private final String dropped;

    private ScratchDatabase(String url, String user, String password, String dropped) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropped = dropped;
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new SequenceKeys()).load().migrate();
    }

    static List<String> kinds() {
        return List.of("h2", "postgresql");
    }

    static ScratchDatabase of(String kind) throws SQLException {
        return kind.equals("h2") ? h2() : postgres();
    }

    static ScratchDatabase h2() {
        return new ScratchDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "", null);
    }

    static ScratchDatabase postgres() throws SQLException {
        String name = "cardhub_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection server = DriverManager.getConnection(POSTGRES + "/postgres", POSTGRES_USER, POSTGRES_PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException unreachable) {
            Assumptions.abort("no PostgreSQL at " + POSTGRES + " to make a scratch database on: " + unreachable.getMessage());
        }
        return new ScratchDatabase(POSTGRES + "/" + name, POSTGRES_USER, POSTGRES_PASSWORD, name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        if (dropped == null) {
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                sql.execute("SHUTDOWN");
            }
            return;
        }
        try (Connection server = DriverManager.getConnection(POSTGRES + "/postgres", POSTGRES_USER, POSTGRES_PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + dropped + " WITH (FORCE)");
        }
    }
}
