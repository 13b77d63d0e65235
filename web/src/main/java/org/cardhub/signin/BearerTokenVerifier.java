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

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a realm access token: RS256 signature against the realm's published keys (cached, refreshed
 * when Keycloak rotates them), issuer, expiry and the {@code cardhub} audience. The caller's name is
 * the client id for service accounts and the immutable user id ({@code sub}) for people, as in the cabinets; its roles are the {@code groups}.
 */
@ApplicationScoped
public class BearerTokenVerifier {

    private static final Logger LOG = Logger.getLogger(BearerTokenVerifier.class.getName());

    @Inject
    OidcSettings settings;

    private static final int MAX_REMEMBERED = 10_000;

    private DefaultJWTProcessor<SecurityContext> processor;

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getProviderUri() + "/protocol/openid-connect/certs").toURL())
                    .retrying(true)
                    .build();
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    settings.getAudience(),
                    new JWTClaimsSet.Builder().issuer(settings.getProviderUri()).build(),
                    Set.of("sub", "exp", "iat")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad realm URI " + settings.getProviderUri(), e);
        }
    }

    public Optional<VerifiedCaller> verify(String token) {
        Checked known = checked.get(token);
        if (known != null && Instant.now().isBefore(known.expires())) {
            return Optional.of(known.caller());
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            VerifiedCaller caller = new VerifiedCaller(callerName(claims), roles(claims));
            remember(token, caller, claims.getExpirationTime().toInstant());
            return Optional.of(caller);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A partner sends the same token with every request until it expires; checking its RSA signature
     * each time would cost more than the rest of a top-up. Only tokens that checked out are kept, and
     * only until their expiry.
     */
    private void remember(String token, VerifiedCaller caller, Instant expires) {
        if (checked.size() >= MAX_REMEMBERED) {
            Instant now = Instant.now();
            checked.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (checked.size() >= MAX_REMEMBERED) {
                checked.clear();
            }
        }
        checked.put(token, new Checked(caller, expires));
    }

    private record Checked(VerifiedCaller caller, Instant expires) {
    }

    private static String callerName(JWTClaimsSet claims) throws ParseException {
        String username = claims.getStringClaim("preferred_username");
        String clientId = Optional.ofNullable(claims.getStringClaim("client_id"))
                .orElse(claims.getStringClaim("azp"));
        if (username == null || username.startsWith("service-account-")) {
            return clientId;
        }
        return claims.getSubject();
    }

    private static Set<String> roles(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("groups");
        return groups == null ? Set.of() : new LinkedHashSet<>(groups);
    }
}
