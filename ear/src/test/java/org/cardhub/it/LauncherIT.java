package org.cardhub.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.cardhub.it.RunningCardhub.ROOT;

/**
 * The launcher, driven as an operator would while the test system is up: a second start, status, and
 * bad settings in a separate state folder — each bad one answers with one clear line, a non-zero exit,
 * and nothing started.
 */
class LauncherIT {

    private static final Path LAUNCHER = ROOT.resolve("server-config/cardhub");

    @TempDir
    Path otherState;

    record Outcome(int exit, String output) {
    }

    @Test
    void aSecondStartSaysItIsRunningAndStartsNoSecondCopy() throws Exception {
        Path pidFile = ROOT.resolve("server-config/target/state/domains/cardhub/config/pid");
        String pidBefore = Files.readString(pidFile).trim();

        Outcome outcome = launch(Map.of(), "start");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.output()).contains("already running").contains(pidBefore);
        assertThat(Files.readString(pidFile).trim()).isEqualTo(pidBefore);
    }

    @Test
    void statusReportsTheRunningSystemAndItsHealth() throws Exception {
        Outcome outcome = launch(Map.of(), "status");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.output()).contains("Payara: running").contains("\"status\":\"UP\"")
                .contains("Mail: running").contains("SMTP 127.0.0.1:2525, IMAP 127.0.0.1:3143")
                .contains("Acquirer: running").contains("emulator on 127.0.0.1:8091");
    }

    @Test
    void anOccupiedMailPortIsNamedWithTheWaysOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            Outcome outcome = launch(elsewhere(Map.of("CARDHUB_SMTP_PORT", String.valueOf(port))), "start");

            assertThat(outcome.exit()).isNotZero();
            assertThat(outcome.output()).contains("port " + port + " (SMTP of the demo mail server) is already in use")
                    .contains("CARDHUB_SMTP_PORT").contains("CARDHUB_SMTP_HOST");
        }
        assertNothingStartedElsewhere();
    }

    @Test
    void withARelayTheLauncherStartsNoMailServerOfItsOwn() throws Exception {
        // the relay named is the running system's own mail server: this installation gets as far as Payara's taken ports
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_SMTP_HOST", "127.0.0.1", "CARDHUB_SMTP_PORT", "2525")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).containsPattern("port (8080|4848|7676|8181|3700|8686) \\(.*\\) is already in use")
                .doesNotContain("demo mail server");
        assertNothingStartedElsewhere();
    }

    @Test
    void badMailSettingsAreRefused() throws Exception {
        Outcome port = launch(elsewhere(Map.of("CARDHUB_SMTP_PORT", "70000")), "start");
        Outcome account = launch(elsewhere(Map.of("CARDHUB_SMTP_USER", "cardhub")), "start");
        Outcome password = launch(elsewhere(Map.of("CARDHUB_SMTP_HOST", "smtp.example.org", "CARDHUB_SMTP_USER", "cardhub",
                "CARDHUB_SMTP_PASSWORD", "with blank")), "start");

        assertThat(port.exit()).isNotZero();
        assertThat(port.output()).contains("CARDHUB_SMTP_PORT must be a port number from 1 to 65535");
        assertThat(account.exit()).isNotZero();
        assertThat(account.output()).contains("are for a mail server named by CARDHUB_SMTP_HOST");
        assertThat(password.exit()).isNotZero();
        assertThat(password.output()).contains("CARDHUB_SMTP_PASSWORD must be 1 to 128 printable characters").doesNotContain("with blank");
        assertNothingStartedElsewhere();
    }

    @Test
    void aTerminalBatchSizeOutsideOneTo256IsRefused() throws Exception {
        for (String bad : new String[]{"0", "257", "many"}) {
            Outcome outcome = launch(elsewhere(Map.of("CARDHUB_TERMINAL_BATCH_SIZE", bad)), "start");

            assertThat(outcome.exit()).as(bad).isNotZero();
            assertThat(outcome.output()).as(bad).contains("CARDHUB_TERMINAL_BATCH_SIZE must be a whole number of terminal events from 1");
        }
        assertNothingStartedElsewhere();
    }

    @Test
    void aRealAcquirerNeedsItsShopIdAndSecretKey() throws Exception {
        Outcome withoutShop = launch(elsewhere(Map.of("CARDHUB_ACQUIRING_URL", "https://api.yookassa.ru/v3")), "start");
        Outcome badUrl = launch(elsewhere(Map.of("CARDHUB_ACQUIRING_URL", "api.yookassa.ru",
                "CARDHUB_ACQUIRING_SHOP_ID", "123456", "CARDHUB_ACQUIRING_SECRET", "live_secret")), "start");

        assertThat(withoutShop.exit()).isNotZero();
        assertThat(withoutShop.output()).contains("set CARDHUB_ACQUIRING_SHOP_ID and CARDHUB_ACQUIRING_SECRET");
        assertThat(badUrl.exit()).isNotZero();
        assertThat(badUrl.output()).contains("CARDHUB_ACQUIRING_URL must be the http(s) address").doesNotContain("live_secret");
        assertNothingStartedElsewhere();
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsRefused() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_DB_URL", "jdbc:mysql://localhost/cardhub")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("CARDHUB_DB_URL must be a PostgreSQL JDBC URL");
        assertNothingStartedElsewhere();
    }

    @Test
    void aListeningAddressThatIsNoAddressIsRefused() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_BROKER_ADDRESS", "everywhere")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("CARDHUB_BROKER_ADDRESS must be an IPv4 address to listen on");
        assertNothingStartedElsewhere();
    }

    @Test
    void aWeakTerminalBrokerPasswordIsRefused() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_TERMINAL_BROKER_PASSWORD", "guest")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("CARDHUB_TERMINAL_BROKER_PASSWORD must be 12 to 64")
                .doesNotContain("guest");
        assertNothingStartedElsewhere();
    }

    @Test
    void anUnreachableDatabaseIsNamedBeforeAnythingStarts() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_DB_URL", "jdbc:postgresql://127.0.0.1:1/cardhub",
                "CARDHUB_DB_USER", "cardhub", "CARDHUB_DB_PASSWORD", "x")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("cannot use the database jdbc:postgresql://127.0.0.1:1/cardhub");
        assertNothingStartedElsewhere();
    }

    @Test
    void aPostgresWithoutAutovacuumIsNamedBeforeAnythingStarts() throws Exception {
        String url = System.getenv("CARDHUB_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs the PostgreSQL of CARDHUB_DB_URL");
        String user = System.getenv().getOrDefault("CARDHUB_DB_USER", "");
        String password = System.getenv().getOrDefault("CARDHUB_DB_PASSWORD", "");
        boolean autovacuumOff;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet autovacuum = connection.createStatement().executeQuery("SHOW autovacuum")) {
            autovacuumOff = autovacuum.next() && autovacuum.getString(1).equals("off");
        }

        // the running system holds the ports, so this second installation stops right after the database check
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_DB_URL", url, "CARDHUB_DB_USER", user,
                "CARDHUB_DB_PASSWORD", password)), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).containsPattern("port (2525|8080|4848|7676|8180) \\(.*\\) is already in use");
        if (autovacuumOff) {
            assertThat(outcome.output()).contains("cardhub: warning: PostgreSQL's autovacuum is off");
        } else {
            assertThat(outcome.output()).doesNotContain("autovacuum");
        }
        assertNothingStartedElsewhere();
    }

    @Test
    void anUnreachableKeycloakIsNamed() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_KEYCLOAK_URL", "http://127.0.0.1:1")), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("Keycloak is not reachable at http://127.0.0.1:1/realms/cardhub");
        assertNothingStartedElsewhere();
    }

    @Test
    void anOccupiedPortIsNamed() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of()), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).containsPattern("port (2525|8080|4848|7676|8180) \\(.*\\) is already in use");
        assertNothingStartedElsewhere();
    }

    @Test
    void aMissingJavaIsNamed() throws Exception {
        Path bin = Files.createDirectories(otherState.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("dirname"), Path.of("/usr/bin/dirname"));

        Outcome outcome = launch(elsewhere(Map.of("PATH", bin.toString())), "start");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("Java is not installed");
    }

    @Test
    void anUnknownCommandPrintsTheUsage() throws Exception {
        Outcome outcome = launch(Map.of(), "restart-everything");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.output()).contains("usage: server-config/cardhub run|start|cluster|stop|status");
    }

    @Test
    void aClusterOnH2IsRefusedAndStartsNothing() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of()), "cluster");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("a cluster needs PostgreSQL").contains("CARDHUB_DB_URL");
        assertNothingStartedElsewhere();
    }

    @Test
    void aClusterRefusesALoopbackBrokerAddressAndStartsNothing() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of("CARDHUB_DB_URL", "jdbc:postgresql://127.0.0.1:1/cardhub",
                "CARDHUB_BROKER_ADDRESS", "127.0.0.1")), "cluster");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("an OpenMQ broker cluster refuses loopback and wildcard addresses")
                .contains("set CARDHUB_BROKER_ADDRESS to one of this machine's own addresses");
        assertNothingStartedElsewhere();
    }

    @Test
    void theSecondBrokerIsOnlyKilledInACluster() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of()), "broker", "kill");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("Cardhub is not running as a cluster");
    }

    @Test
    void anInstanceOtherThanOneOrTwoIsRefused() throws Exception {
        Outcome outcome = launch(elsewhere(Map.of()), "instance", "kill", "3");

        assertThat(outcome.exit()).isNotZero();
        assertThat(outcome.output()).contains("usage: server-config/cardhub instance kill|start 1|2 (got '3')");
    }

    /** A second installation in a folder of its own, on the default database unless the test says otherwise. */
    private Map<String, String> elsewhere(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("CARDHUB_DB_URL", "", "CARDHUB_DB_USER", "", "CARDHUB_DB_PASSWORD", ""));
        env.putAll(settings);
        env.put("CARDHUB_STATE_DIR", otherState.resolve("state").toString());
        return env;
    }

    private void assertNothingStartedElsewhere() throws IOException {
        Path state = otherState.resolve("state");
        assertThat(state.resolve("keycloak.pid")).doesNotExist();
        assertThat(state.resolve("mail.pid")).doesNotExist();
        assertThat(state.resolve("acquirer.pid")).doesNotExist();
        assertThat(state.resolve("domains")).doesNotExist();
    }

    private static Outcome launch(Map<String, String> settings, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("/bin/bash", LAUNCHER.toString()));
        line.addAll(List.of(command));
        ProcessBuilder process = new ProcessBuilder(line).redirectErrorStream(true);
        process.environment().put("CARDHUB_SKIP_BUILD", "true");
        process.environment().putAll(settings);
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).as("the launcher answered in time").isTrue();
        return new Outcome(running.exitValue(), output);
    }
}
