package org.cardhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Keycloak's admin API as the launcher's administrator ({@code admin} of the master realm, the tests' admin password),
 * for what a test must set up or undo in the realm {@code cardhub} that no page offers: a throwaway person, the SMTP
 * server the realm sends through, a person's sessions ended, a password set, a lock-out read and lifted. Signs in afresh for each call (the admin's tokens live a minute). Works from the
 * tests' own JVM and inside Payara.
 */
public final class KeycloakAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final String keycloak;
    private final String password;

    /** {@code keycloak} is Keycloak's address without a realm, like http://localhost:8180. */
    public KeycloakAdmin(String keycloak, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("no admin password for Keycloak's admin API (the failsafe property cardhub.admin-password)");
        }
        this.keycloak = keycloak.replaceAll("/+$", "");
        this.password = password;
    }

    /** A person in the realm with a confirmed address and a password; their id. */
    public String createUser(String username, String email, String userPassword) {
        String body = Json.createObjectBuilder().add("username", username).add("email", email).add("enabled", true)
                .add("emailVerified", true).add("firstName", "Тест").add("lastName", "Почтовый")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", userPassword).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = send(realmRequest("/users").POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The person of that user name as Keycloak keeps them: id, address, attributes (the phone among them). */
    public JsonObject userNamed(String username) {
        String found = send(realmRequest("/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET(), 200).body();
        try (JsonReader reader = Json.createReader(new StringReader(found))) {
            return reader.readArray().getJsonObject(0);
        }
    }

    /** The names of the realm roles given to the person directly (not those of their groups). */
    public List<String> realmRolesOf(String id) {
        String roles = send(realmRequest("/users/" + id + "/role-mappings/realm").GET(), 200).body();
        try (JsonReader reader = Json.createReader(new StringReader(roles))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(role -> role.getString("name")).toList();
        }
    }

    public void deleteUser(String id) {
        send(realmRequest("/users/" + id).DELETE(), 204);
    }

    /** Ends every session of the person, as an administrator does in the console; Keycloak tells the clients back-channel. */
    public void logoutUser(String id) {
        send(realmRequest("/users/" + id + "/logout").POST(HttpRequest.BodyPublishers.noBody()), 204);
    }

    /** Sets the person's password as an administrator does; Keycloak's answer as it is (204, or 400 naming the rule broken). */
    public HttpResponse<String> resetPassword(String id, String newPassword) {
        String body = Json.createObjectBuilder().add("type", "password").add("value", newPassword).add("temporary", false)
                .build().toString();
        return exchange(realmRequest("/users/" + id + "/reset-password").PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build());
    }

    /** The brute-force detection's record of the person: numFailures, disabled (locked now), lastFailure… */
    public JsonObject bruteForceStatus(String id) {
        return read(send(realmRequest("/attack-detection/brute-force/users/" + id).GET(), 200).body());
    }

    /** Unlocks the person as an administrator does, forgetting their failures. */
    public void clearBruteForce(String id) {
        send(realmRequest("/attack-detection/brute-force/users/" + id).DELETE(), 204);
    }

    /** The realm's SMTP settings (host, port, from…). */
    /** Gives the client {@code clientId} the secret {@code secret} (a test puts back the secret other tests use). */
    public void clientSecret(String clientId, String secret) {
        String found = send(realmRequest("/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)).GET(), 200).body();
        JsonObject client;
        try (JsonReader reader = Json.createReader(new StringReader(found))) {
            client = reader.readArray().getJsonObject(0);
        }
        String body = Json.createObjectBuilder(client).add("secret", secret).build().toString();
        send(realmRequest("/clients/" + client.getString("id")).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), 204);
    }

    public JsonObject smtpServer() {
        return read(send(realmRequest("").GET(), 200).body()).getJsonObject("smtpServer");
    }

    public void smtpServer(JsonObject settings) {
        String body = Json.createObjectBuilder().add("smtpServer", settings).build().toString();
        send(realmRequest("").PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"), 204);
    }

    private HttpRequest.Builder realmRequest(String path) {
        return HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/cardhub" + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
    }

    private String token() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(send(request, 200).body()).getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        return send(request.build(), expected);
    }

    private static HttpResponse<String> send(HttpRequest request, int expected) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.method() + " "
                    + request.uri() + ": " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
