package org.cardhub.tools.partner;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The partner's bearer token, fetched from Keycloak with the client credentials grant and renewed before it expires,
 * shared by all workers; a token the application refused (401) is fetched again at once.
 */
final class TokenSource implements CallSender.Tokens {

    private final HttpClient http;
    private final URI tokenUrl;
    private final String clientId;
    private final String secret;
    private final Clock clock;
    private volatile AccessToken token;

    TokenSource(HttpClient http, URI tokenUrl, String clientId, String secret, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.clock = clock;
    }

    /** A token that is good for a while yet. */
    @Override
    public String current() throws IOException, InterruptedException {
        AccessToken known = token;
        if (known != null && !known.dueForRenewal(clock.instant())) {
            return known.value();
        }
        return renew(known);
    }

    /** The application refused {@code value}: the next {@link #current()} fetches a new token. */
    @Override
    public synchronized void refused(String value) {
        if (token != null && token.value().equals(value)) {
            token = null;
        }
    }

    private synchronized String renew(AccessToken seen) throws IOException, InterruptedException {
        if (token != seen && token != null) {
            return token.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused client " + clientId + " at " + tokenUrl + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        token = AccessToken.of(response.body(), clock.instant());
        return token.value();
    }
}
