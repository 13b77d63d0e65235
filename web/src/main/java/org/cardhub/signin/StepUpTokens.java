package org.cardhub.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keycloak's side of a step-up: where to send the browser (the realm's authorization endpoint asking for level
 * {@link #LEVEL}), the exchange of the code it returns for tokens (as the confidential client {@code cardhub-web}, with the
 * PKCE verifier), and the check of the ID token — signature against the realm's published keys, issuer, audience, expiry,
 * nonce — that says who confirmed a one-time code. The person's own sign-in is left as it is.
 */
@ApplicationScoped
public class StepUpTokens {

    /** The authentication context class the realm maps to level 2: password and one-time code. */
    static final String LEVEL = "gold";
    private static final Logger LOG = Logger.getLogger(StepUpTokens.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getProviderUri() + "/protocol/openid-connect/certs").toURL())
                    .retrying(true)
                    .build();
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.getClientId(),
                    new JWTClaimsSet.Builder().issuer(settings.getProviderUri()).build(),
                    Set.of("sub", "exp", "iat", "nonce", "acr")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad realm URI " + settings.getProviderUri(), e);
        }
    }

    /**
     * The browser's way to the one-time code. No {@code max_age} and no {@code prompt}: the Keycloak session of the
     * sign-in stands for level 1, so Keycloak asks only for the code; the realm's level-2 condition (max age 0) asks it
     * every time.
     */
    String authorizationUri(StepUpRequest request, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.getClientId());
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", redirectUri);
        query.put("state", request.state());
        query.put("nonce", request.nonce());
        query.put("code_challenge", request.challenge());
        query.put("code_challenge_method", "S256");
        query.put("acr_values", LEVEL);
        return settings.getProviderUri() + "/protocol/openid-connect/auth?" + form(query);
    }

    /** The ID token Keycloak issues for the code, or empty when it refuses the code (used, expired, someone else's). */
    Optional<String> exchange(String code, StepUpRequest request, String redirectUri) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", request.verifier());
        String credentials = Base64.getEncoder().encodeToString((encode(settings.getClientId()) + ":"
                + encode(settings.getClientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(URI.create(settings.getProviderUri() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Step-up code refused by Keycloak: HTTP " + response.statusCode());
                return Optional.empty();
            }
            JsonObject tokens = Json.createReader(new StringReader(response.body())).readObject();
            return Optional.ofNullable(tokens.getString("id_token", null));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Step-up code exchange failed: {0}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The claims of an ID token that checks out for this request, or empty. */
    Optional<JWTClaimsSet> verify(String idToken, StepUpRequest request) {
        try {
            JWTClaimsSet claims = processor.process(idToken, null);
            return request.nonce().equals(claims.getStringClaim("nonce")) ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.WARNING, "Step-up ID token refused: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
