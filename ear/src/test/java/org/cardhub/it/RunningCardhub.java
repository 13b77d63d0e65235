package org.cardhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The system the launcher started for the integration tests, and how its callers reach it. */
final class RunningCardhub {

    static final String BASE = "http://localhost:8080";
    static final String APP = BASE + "/cardhub";
    static final String REALM = "http://localhost:8180/realms/cardhub";
    static final Path ROOT = Path.of(System.getProperty("cardhub.root", "..")).toAbsolutePath().normalize();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private RunningCardhub() {
    }

    static boolean onPostgres() {
        String url = System.getenv("CARDHUB_DB_URL");
        return url != null && !url.isBlank();
    }

    static HttpResponse<String> get(String url, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    /** Any request, e.g. with headers the shortcuts above do not set; redirects are not followed. */
    static HttpResponse<String> exchange(HttpRequest request) {
        return send(request);
    }

    /** A JSON body posted with a bearer token and further headers given as name, value, name, value… */
    static HttpResponse<String> postJson(String url, String body, String bearerToken, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** An access token of a partner client (OAuth2 client credentials). */
    static String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** An access token of a person, through the realm's test client (password grant). */
    static String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "cardhub-tests",
                "username", username, "password", password, "scope", "openid"));
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = post(REALM + "/protocol/openid-connect/token",
                "application/x-www-form-urlencoded", body, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token request: " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cardhub did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
