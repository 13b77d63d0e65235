package org.cardhub.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;

/**
 * Checks the logout token Keycloak posts when a session ends: RS256 under the realm's published keys (as
 * {@link BearerTokenVerifier} checks access tokens), then {@link LogoutTokenRules}.
 */
@ApplicationScoped
public class LogoutTokens {

    private static final JOSEObjectType LOGOUT_JWT = new JOSEObjectType("logout+jwt");

    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;
    private String issuer;
    private String clientId;
    private Clock clock;

    @PostConstruct
    void init() {
        try {
            configure(JWKSourceBuilder.create(URI.create(settings.getProviderUri() + "/protocol/openid-connect/certs").toURL())
                    .retrying(true).build(), settings.getProviderUri(), settings.getClientId(), Clock.systemUTC());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad realm URI " + settings.getProviderUri(), e);
        }
    }

    void configure(JWKSource<SecurityContext> realmKeys, String issuer, String clientId, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, realmKeys));
        // Keycloak 26 types its logout tokens "logout+jwt", as the back-channel logout specification asks
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(LOGOUT_JWT, JOSEObjectType.JWT, null));
        // the claims are LogoutTokenRules' to check, by the logout specification rather than an access token's rules
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** The Keycloak session ({@code sid}) the token ends. @throws LogoutTokenRefused when it ends none */
    public String sessionEnded(String token) {
        if (token == null || token.isBlank()) {
            throw new LogoutTokenRefused("no logout_token");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new LogoutTokenRefused("not signed by the realm: " + e.getMessage());
        }
        return LogoutTokenRules.sessionEnded(claims, issuer, clientId, clock.instant());
    }
}
