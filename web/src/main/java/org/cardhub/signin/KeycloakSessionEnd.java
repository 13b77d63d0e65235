package org.cardhub.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a person's Keycloak session from the server, by the refresh token of their sign-in (Keycloak's logout endpoint
 * with the client's credentials), when their cabinet session idled out: otherwise the next page would sign them straight
 * in again through the realm's own session, and leaving a cabinet idle would not sign anybody out.
 */
@ApplicationScoped
public class KeycloakSessionEnd {

    private static final Logger LOG = Logger.getLogger(KeycloakSessionEnd.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    void end(String refreshToken) {
        String form = "client_id=" + encoded(settings.getClientId()) + "&client_secret=" + encoded(settings.getClientSecret())
                + "&refresh_token=" + encoded(refreshToken);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getProviderUri() + "/protocol/openid-connect/logout"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204 && status != 200) {
                LOG.fine(() -> "Keycloak answered " + status + " to ending an idle session (it may have ended already)");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak did not end an idle session: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
