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
        System.out.println("[cardhub] integration tests run against "
                + (RunningCardhub.onPostgres() ? "PostgreSQL (" + System.getenv("CARDHUB_DB_URL") + ")" : "H2"));
        var response = get(BASE + "/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
        assertThat(checks).containsEntry("database", "UP").containsEntry("broker", "UP").containsEntry("keycloak", "UP");
    }

    @Test
    void healthTellsTheStatusOfEachCheckAndNothingAboutTheDatabaseBuildOrItsErrors() {
        JsonObject health = json(get(BASE + "/health", null).body());

        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .allSatisfy(check -> assertThat(check.getJsonObject("data")).as(check.getString("name")).isNullOrEmpty());
        assertThat(health.toString()).doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("h2 ");
    }
}
