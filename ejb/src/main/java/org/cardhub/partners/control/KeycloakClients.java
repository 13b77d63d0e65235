package org.cardhub.partners.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import org.cardhub.partners.entity.PartnerDeskRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The partners' clients in Keycloak, through its admin REST API, called with the token of the realm client
 * {@code cardhub-users} (client credentials) — the same service account as the company users' accounts
 * ({@code fleet.control.KeycloakAccounts}), which needs {@code manage-clients} of {@code realm-management} for this.
 * Only what the back office does to a partner: a new client secret. The secret passes through and is never kept.
 */
@ApplicationScoped
public class KeycloakClients {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "cardhub.oidc.provider-uri")
    String realmUri;

    @Inject
    @ConfigProperty(name = "cardhub.users.client-id", defaultValue = "cardhub-users")
    String clientId;

    @Inject
    @ConfigProperty(name = "cardhub.users.client-secret")
    String clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    /** Keycloak makes the partner's client a new secret, and the old one stops working: the new one. */
    public String regenerateSecret(String partnerClientId) {
        String id = internalId(partnerClientId);
        HttpResponse<String> answer = send(admin("/clients/" + encode(id) + "/client-secret")
                .POST(HttpRequest.BodyPublishers.noBody()));
        JsonObject credential = (JsonObject) read(expect(answer, 200));
        String secret = credential.getString("value", "");
        if (secret.isEmpty()) {
            throw new PartnerDeskRefusal(PartnerDeskRefusal.Code.KEYCLOAK_FAILED, "Keycloak answered without a secret");
        }
        return secret;
    }

    /** Keycloak's own id of the client whose client id is given. */
    private String internalId(String partnerClientId) {
        JsonArray found = (JsonArray) read(expect(send(admin("/clients?search=false&clientId=" + encode(partnerClientId)).GET()), 200));
        return found.getValuesAs(JsonObject.class).stream()
                .filter(client -> partnerClientId.equals(client.getString("clientId", null)))
                .map(client -> client.getString("id"))
                .findFirst()
                .orElseThrow(() -> new PartnerDeskRefusal(PartnerDeskRefusal.Code.NO_KEYCLOAK_CLIENT,
                        "Keycloak has no client " + partnerClientId));
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUri + "/protocol/openid-connect/token"))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            JsonObject answer = (JsonObject) read(expect(exchange(request), 200));
            token = answer.getString("access_token");
            // renewed half a minute early, so a token never expires between here and Keycloak
            tokenExpires = Instant.now().plusSeconds(Math.max(0, answer.getInt("expires_in", 60) - 30));
        }
        return token;
    }

    private HttpRequest.Builder admin(String path) {
        String adminUri = realmUri.replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1");
        return HttpRequest.newBuilder(URI.create(adminUri + path)).timeout(TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + token()).header("Accept", "application/json").build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PartnerDeskRefusal(PartnerDeskRefusal.Code.KEYCLOAK_FAILED,
                    "Keycloak did not answer " + request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerDeskRefusal(PartnerDeskRefusal.Code.KEYCLOAK_FAILED, "Interrupted while waiting for Keycloak", e);
        }
    }

    /** The body of an expected answer; anything else is Keycloak's failure, told without the body (it may hold a secret). */
    private static String expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new PartnerDeskRefusal(PartnerDeskRefusal.Code.KEYCLOAK_FAILED, "Keycloak answered "
                    + response.request().method() + " " + response.request().uri().getPath() + " with " + response.statusCode());
        }
        return response.body();
    }

    private static JsonStructure read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
