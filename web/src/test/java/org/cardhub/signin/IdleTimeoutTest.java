package org.cardhub.signin;

import jakarta.json.Json;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cabinet forgets an idle person after 20 minutes unless configured otherwise, the same as the realm's SSO session
 * and web.xml; the setting is read from the configuration's sources as they are at the moment a session starts.
 */
class IdleTimeoutTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void byDefaultTwentyMinutesTheRealmsSsoSessionIdleTimeoutAndWebXmls() throws IOException {
        int seconds = new IdleTimeout(List::of).seconds();

        assertThat(seconds).isEqualTo(IdleTimeout.DEFAULT_MINUTES * 60).isEqualTo(1200);
        String realm = Files.readString(ROOT.resolve("server-config/keycloak/cardhub-realm.json"));
        assertThat(Json.createReader(new StringReader(realm)).readObject().getInt("ssoSessionIdleTimeout"))
                .as("Keycloak forgets the person when the cabinet does").isEqualTo(seconds);
        Matcher webXml = Pattern.compile("<session-timeout>(\\d+)</session-timeout>")
                .matcher(Files.readString(ROOT.resolve("web/src/main/webapp/WEB-INF/web.xml")));
        assertThat(webXml.find()).isTrue();
        assertThat(Integer.parseInt(webXml.group(1)) * 60).isEqualTo(seconds);
    }

    @Test
    void minutesOrSecondsAsConfiguredTheSecondsFirst() {
        assertThat(new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.MINUTES, "30")))).seconds()).isEqualTo(1800);
        assertThat(new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.MINUTES, "30", IdleTimeout.SECONDS, "8"))))
                .seconds()).isEqualTo(8);
    }

    @Test
    void theSourceConfigRanksFirstWins() {
        IdleTimeout timeout = new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.SECONDS, "5")),
                source(Map.of(IdleTimeout.SECONDS, "900"))));

        assertThat(timeout.seconds()).isEqualTo(5);
    }

    @Test
    void aValueThatIsNoPositiveNumberLeavesTheDefault() {
        assertThat(new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.SECONDS, "soon")))).seconds()).isEqualTo(1200);
        assertThat(new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.MINUTES, "0")))).seconds()).isEqualTo(1200);
        assertThat(new IdleTimeout(() -> List.of(source(Map.of(IdleTimeout.MINUTES, "-5")))).seconds()).isEqualTo(1200);
    }

    @Test
    void aChangeAppliesToTheNextSessionWithoutARestart() {
        Map<String, String> domain = new java.util.HashMap<>();
        IdleTimeout timeout = new IdleTimeout(() -> List.of(source(domain)));
        assertThat(timeout.seconds()).isEqualTo(1200);

        domain.put(IdleTimeout.SECONDS, "6");

        assertThat(timeout.seconds()).isEqualTo(6);
    }

    private static ConfigSource source(Map<String, String> values) {
        return new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String name) {
                return values.get(name);
            }

            @Override
            public String getName() {
                return "test";
            }
        };
    }
}
