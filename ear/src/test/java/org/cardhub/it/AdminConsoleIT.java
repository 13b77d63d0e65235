package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server admin's view: the console asks for the password the launcher set, and the application's
 * JDBC pool and JMS destinations are there (read through the same REST backend the console uses).
 */
class AdminConsoleIT {

    private static final String ADMIN = "http://localhost:4848";
    private static final String PASSWORD = System.getProperty("cardhub.admin-password");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void consoleShowsItsLoginPage() throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        HttpResponse<String> page;
        do {
            // the console deploys itself on first access and answers 202 meanwhile
            page = http.send(HttpRequest.newBuilder(URI.create(ADMIN + "/")).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200) {
                break;
            }
            Thread.sleep(2000);
        } while (Instant.now().isBefore(deadline));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("j_security_check");
    }

    @Test
    void applicationJdbcPoolAndResourceAreConfigured() throws Exception {
        assertThat(management("/management/domain/resources/jdbc-connection-pool", PASSWORD).body())
                .contains("cardhubPool");
        assertThat(management("/management/domain/resources/jdbc-resource", PASSWORD).body())
                .contains("jdbc/cardhub");
    }

    @Test
    void terminalEventsQueueAndTheDeadMessageQueueAreListed() throws Exception {
        String destinations = management("/management/domain/servers/server/server/list-jmsdest", PASSWORD).body();

        assertThat(destinations).contains("\"name\":\"TerminalEvents\"").contains("\"name\":\"mq.sys.dmq\"");
    }

    @Test
    void theAdminPasswordIsNeverEmptyAndAWrongOneIsRefused() throws Exception {
        assertThat(PASSWORD).isNotBlank();
        assertThat(management("/management/domain/resources/jdbc-connection-pool", "").statusCode()).isEqualTo(401);
        assertThat(management("/management/domain/resources/jdbc-connection-pool", "wrong").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> management(String path, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(ADMIN + path))
                        .header("Accept", "application/json")
                        .header("X-Requested-By", "cardhub-tests")
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
