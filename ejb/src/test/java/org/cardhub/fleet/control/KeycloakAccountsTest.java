package org.cardhub.fleet.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.organizations.entity.Invitation;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * What Cardhub asks of Keycloak's admin REST API, against a stand-in that answers as Keycloak 26 does: the paths,
 * the bodies, the service account's token on every call, and what each answer becomes.
 */
class KeycloakAccountsTest {

    private static final String SERVICE_ACCOUNT = "0000sa00-0000-4000-8000-000000000001";
    private static final String CORPORATE = "{\"id\":\"role-corporate\",\"name\":\"corporate\",\"composite\":false}";
    private static final String PARENT = "{\"id\":\"role-parent\",\"name\":\"parent\",\"composite\":false}";

    /** A request as the stand-in saw it. */
    record Seen(String method, String path, String query, String authorization, String body) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Answers by "METHOD path": status and body; a Location header for 201. */
    private final Map<String, Map.Entry<Integer, String>> answers = new ConcurrentHashMap<>();
    private HttpServer keycloak;
    private KeycloakAccounts accounts;

    @BeforeEach
    void standIn() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", this::answer);
        keycloak.start();
        accounts = new KeycloakAccounts();
        accounts.realmUri = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/cardhub";
        accounts.clientId = "cardhub-users";
        accounts.clientSecret = "secret & more";
        accounts.cabinetClientId = "cardhub-web";
        accounts.returnUri = Optional.of("http://localhost:8080/cardhub/");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + SERVICE_ACCOUNT + "\"}").getBytes(StandardCharsets.UTF_8));
        answer("POST /realms/cardhub/protocol/openid-connect/token", 200,
                "{\"access_token\":\"header." + payload + ".signature\",\"expires_in\":300}");
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void anInvitationCreatesAnEnabledAccountNamedByItsAddressGivesItTheRoleAndSendsKeycloaksMail() {
        answer("POST /admin/realms/cardhub/users", 201, "");
        answer("GET /admin/realms/cardhub/users/new-id/role-mappings/realm/available", 200, "[" + PARENT + "," + CORPORATE + "]");
        answer("POST /admin/realms/cardhub/users/new-id/role-mappings/realm", 204, "");
        answer("PUT /admin/realms/cardhub/users/new-id/execute-actions-email", 204, "");

        String id = accounts.create(new Invitation("New.Manager@Cardhub.local", "Анна", "Петрова"));
        accounts.grantRole(id, "corporate");
        accounts.sendInvitation(id);

        assertThat(id).isEqualTo("new-id");
        Seen token = seen.get(0);
        assertThat(token.body()).contains("grant_type=client_credentials", "client_id=cardhub-users",
                "client_secret=secret%20%26%20more");
        JsonObject created = object(request("POST", "/admin/realms/cardhub/users").body());
        assertThat(created.getString("username")).isEqualTo("new.manager@cardhub.local");
        assertThat(created.getString("email")).isEqualTo("new.manager@cardhub.local");
        assertThat(created.getString("firstName")).isEqualTo("Анна");
        assertThat(created.getBoolean("enabled")).isTrue();
        assertThat(created.getBoolean("emailVerified")).isFalse();
        JsonArray granted = array(request("POST", "/admin/realms/cardhub/users/new-id/role-mappings/realm").body());
        assertThat(granted).containsExactly(Json.createObjectBuilder().add("id", "role-corporate").add("name", "corporate").build());
        Seen mail = request("PUT", "/admin/realms/cardhub/users/new-id/execute-actions-email");
        assertThat(array(mail.body())).containsExactly(Json.createValue("UPDATE_PASSWORD"), Json.createValue("VERIFY_EMAIL"));
        assertThat(mail.query()).contains("client_id=cardhub-web", "lifespan=259200",
                "redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcardhub%2F");
        assertThat(seen).filteredOn(request -> request.path().startsWith("/admin/"))
                .allSatisfy(request -> assertThat(request.authorization()).startsWith("Bearer header."));
        assertThat(seen).filteredOn(request -> request.path().endsWith("/token")).as("one token for all").hasSize(1);
    }

    @Test
    void aRoleTheUserHoldsAlreadyIsNotGivenAgain() {
        answer("GET /admin/realms/cardhub/users/held/role-mappings/realm/available", 200, "[" + PARENT + "]");

        accounts.grantRole("held", "corporate");

        assertThat(seen).noneMatch(request -> request.method().equals("POST") && request.path().endsWith("/role-mappings/realm"));
    }

    @Test
    void anAddressKeycloakKnowsIsRefusedAsTaken() {
        answer("POST /admin/realms/cardhub/users", 409, "{\"errorMessage\":\"User exists with same email\"}");

        assertRefused(() -> accounts.create(new Invitation("fleet@cardhub.local", "Олег", "Автопарков")),
                MembershipRefusal.Code.EMAIL_TAKEN);
    }

    @Test
    void anAccountIsFoundByItsExactAddress() {
        answer("GET /admin/realms/cardhub/users", 200, "[{\"id\":\"other\",\"email\":\"fleet@cardhub.local.ru\",\"enabled\":true},"
                + "{\"id\":\"fleet-id\",\"email\":\"Fleet@cardhub.local\",\"enabled\":true}]");

        assertThat(accounts.findByEmail("fleet@cardhub.local")).contains(new KeycloakAccounts.Account("fleet-id", true));
        assertThat(seen.get(1).query()).contains("exact=true", "email=fleet%40cardhub.local");
    }

    @Test
    void aRoleIsTakenAwayByTheIdKeycloakShowsOurOwnServiceAccountForIt() {
        answer("GET /admin/realms/cardhub/users/" + SERVICE_ACCOUNT + "/role-mappings/realm/available", 200,
                "[" + CORPORATE + "," + PARENT + "]");
        answer("DELETE /admin/realms/cardhub/users/someone/role-mappings/realm", 204, "");

        accounts.revokeRole("someone", "corporate");

        assertThat(array(request("DELETE", "/admin/realms/cardhub/users/someone/role-mappings/realm").body()))
                .containsExactly(Json.createObjectBuilder().add("id", "role-corporate").add("name", "corporate").build());
    }

    @Test
    void theRolesAUserHoldsAreThoseWeMayGiveThatKeycloakDoesNotOfferForThem() {
        answer("GET /admin/realms/cardhub/users/" + SERVICE_ACCOUNT + "/role-mappings/realm/available", 200,
                "[" + CORPORATE + "," + PARENT + "]");
        answer("GET /admin/realms/cardhub/users/a-parent/role-mappings/realm/available", 200, "[" + CORPORATE + "]");

        assertThat(accounts.heldOf("a-parent", Set.of("corporate", "parent", "backoffice"))).containsExactly("parent");
    }

    @Test
    void aUserWhoIsGoneNeedsNoSigningOutNorDeletingNorAName() {
        answer("POST /admin/realms/cardhub/users/gone/logout", 404, "{\"error\":\"User not found\"}");
        answer("DELETE /admin/realms/cardhub/users/gone", 404, "{\"error\":\"User not found\"}");
        answer("GET /admin/realms/cardhub/users/gone", 404, "{\"error\":\"User not found\"}");
        answer("GET /admin/realms/cardhub/users/named", 200, "{\"id\":\"named\",\"firstName\":\"Ирина\",\"lastName\":\"Сервисова\"}");

        accounts.signOut("gone");
        accounts.delete("gone");

        assertThat(accounts.nameOf("gone")).isEmpty();
        assertThat(accounts.nameOf("named")).contains("Ирина Сервисова");
    }

    @Test
    void anErrorOfKeycloakAndNoKeycloakAtAllAreSaidToBeKeycloaks() {
        answer("PUT /admin/realms/cardhub/users/someone/execute-actions-email", 500,
                "{\"errorMessage\":\"Failed to send execute actions email\"}");

        assertThatThrownBy(() -> accounts.sendInvitation("someone")).isInstanceOf(KeycloakUnavailableException.class)
                .hasMessageContaining("500").hasMessageContaining("Failed to send execute actions email");
        keycloak.stop(0);
        accounts.realmUri = "http://127.0.0.1:1/realms/cardhub";
        assertThatThrownBy(() -> accounts.nameOf("someone")).isInstanceOf(KeycloakUnavailableException.class);
    }

    @Test
    void aWrongSecretIsSaidToBeKeycloaksRefusalOfTheToken() {
        answer("POST /realms/cardhub/protocol/openid-connect/token", 401, "{\"error\":\"invalid_client\"}");

        assertThatThrownBy(() -> accounts.findByEmail("fleet@cardhub.local")).isInstanceOf(KeycloakUnavailableException.class)
                .hasMessageContaining("401").hasMessageContaining("invalid_client");
    }

    private void answer(String request, int status, String body) {
        answers.put(request, Map.entry(status, body));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(method, path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Map.Entry<Integer, String> answer = answers.getOrDefault(method + " " + path, Map.entry(404, "{\"error\":\"unknown\"}"));
        if (answer.getKey() == 201) {
            exchange.getResponseHeaders().add("Location", "http://keycloak" + path + "/new-id");
        }
        byte[] bytes = answer.getValue().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.getKey(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Seen request(String method, String path) {
        return seen.stream().filter(request -> request.method().equals(method) && request.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak was not asked " + method + " " + path + "; it saw " + seen));
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
