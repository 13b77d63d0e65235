package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.BASE;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;

class HealthIT {

    @Test
    void healthReportsTheDatabaseTheBrokerAndKeycloakUp() {
        var response = get(BASE + "/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
        assertThat(checks).containsEntry("database", "UP").containsEntry("broker", "UP").containsEntry("keycloak", "UP");
    }

    @Test
    void theDatabaseIsTheOneTheTestRunAskedFor() {
        JsonObject database = json(get(BASE + "/health", null).body()).getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst().orElseThrow();
        String product = database.getJsonObject("data").getString("product");
        System.out.println("[cardhub] integration tests run against " + product);

        assertThat(product).startsWith(RunningCardhub.onPostgres() ? "PostgreSQL" : "H2");
    }
}
