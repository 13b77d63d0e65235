package org.cardhub.it;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.cardhub.secrets.SealedSecrets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the Payara the launcher configured, next to the deployed application: the server's own
 * resources exist, Flyway migrated the schema, and the demo terminals are registered with sealed keys.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaAndResourcesIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "cardhub-probe.war")
                .addClass(SealedSecrets.class);
    }

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    /** The server inherits the launcher's environment, so it knows what the test run asked for. */
    @Test
    void theDatabaseIsTheOneTheTestRunAskedFor() throws SQLException {
        String url = System.getenv("CARDHUB_DB_URL");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            System.out.println("[cardhub] integration tests run against " + product);
            assertTrue(product.startsWith(url == null || url.isBlank() ? "H2" : "PostgreSQL"), product);
        }
    }

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT \"version\", \"description\", \"success\" FROM \"flyway_schema_history\"")) {
            int applied = 0;
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), "migration " + rows.getString("description") + " failed");
                applied++;
            }
            assertTrue(applied >= 2, "expected the schema and the demo data, found " + applied + " migrations");
        }
    }

    @Test
    void demoTerminalsAreRegisteredWithKeysSealedNotInClear() throws SQLException {
        SealedSecrets vault = SealedSecrets.fromBase64(
                ConfigProvider.getConfig().getValue("cardhub.secrets.key-encryption-key", String.class));
        Map<String, String> kinds = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT id, kind, status, secret_key_cipher FROM terminal WHERE id IN ('FUEL-0001', 'FUEL-0002', "
                             + "'FUEL-0003', 'FUEL-0004', 'CANTEEN-0001', 'GATE-0001', 'BUS-0001', 'KIOSK-0001')")) {
            while (rows.next()) {
                String cipher = rows.getString("secret_key_cipher");
                assertFalse(cipher.contains("demo-terminal-key"), "a terminal key is stored in clear");
                assertEquals("demo-terminal-key", vault.open(cipher));
                assertEquals("ACTIVE", rows.getString("status"));
                kinds.put(rows.getString("id"), rows.getString("kind"));
            }
        }
        assertEquals(Map.of("FUEL-0001", "FUEL_POS", "FUEL-0002", "FUEL_POS", "FUEL-0003", "FUEL_POS", "FUEL-0004", "FUEL_POS",
                "CANTEEN-0001", "CANTEEN_POS", "GATE-0001", "TURNSTILE", "BUS-0001", "TRANSPORT_VALIDATOR",
                "KIOSK-0001", "CASH_KIOSK"), kinds);
    }

    @Test
    void terminalEventsQueueIsReachableThroughTheApplicationsConnectionFactory() {
        assertNotNull(terminalEvents);
        try (JMSContext context = connectionFactory.createContext()) {
            var browser = context.createBrowser(terminalEvents);
            assertNotNull(browser.getEnumeration());
            assertEquals("TerminalEvents", terminalEvents.getQueueName());
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSchemaRefusesATerminalOfAnUnknownKind() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var insert = connection.prepareStatement("INSERT INTO terminal (id, kind, status, location, region, "
                    + "secret_key_cipher, key_rotated_at, created_at) VALUES ('X-1', 'TOASTER', 'ACTIVE', 'x', 'x', 'v1:x', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            SQLException refused = null;
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                refused = e;
            }
            assertNotNull(refused, "a terminal of kind TOASTER was accepted");
            assertTrue(List.of(0L).contains(count(connection)), "the refused row was written");
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM terminal WHERE id = 'X-1'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
