package org.cardhub.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of OpenID Connect Back-Channel Logout 1.0 for the token Keycloak posts: signed by the realm's key, issued by
 * the realm for this client just now, with the logout event and the session, and no nonce; anything else ends nothing.
 */
class LogoutTokensTest {

    static final String ISSUER = "http://localhost:8180/realms/cardhub";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static RSAKey realmKey;
    static LogoutTokens tokens;

    @BeforeAll
    static void theRealmsKeys() throws JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        tokens = new LogoutTokens();
        tokens.configure(new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), ISSUER, "cardhub-web",
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void keycloaksLogoutTokenNamesTheSessionItEnds() throws JOSEException {
        assertThat(tokens.sessionEnded(signed(claims -> claims))).isEqualTo("kc-session-1");
    }

    @Test
    void aTokenOfTheRealmIssuedAMinuteAgoOrWithTheRealmsClockSlightlyAheadStillCounts() throws JOSEException {
        assertThat(tokens.sessionEnded(signed(claims -> claims.issueTime(Date.from(NOW.minusSeconds(60)))))).isEqualTo("kc-session-1");
        assertThat(tokens.sessionEnded(signed(claims -> claims.issueTime(Date.from(NOW.plusSeconds(20)))))).isEqualTo("kc-session-1");
        assertThat(tokens.sessionEnded(signed(claims -> claims.audience(java.util.List.of("other", "cardhub-web")))))
                .isEqualTo("kc-session-1");
    }

    @Test
    void aTokenTypedAsAnAccessTokenIsRefusedButAnUntypedOneOfAnOlderKeycloakCounts() throws JOSEException {
        assertRefused(sign(claims(claims -> claims), realmKey, new JOSEObjectType("at+jwt")), "not signed by the realm");
        assertThat(tokens.sessionEnded(sign(claims(claims -> claims), realmKey, JOSEObjectType.JWT))).isEqualTo("kc-session-1");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws JOSEException {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("realm-key").generate();

        assertRefused(sign(claims(claims -> claims), forger), "not signed by the realm");
    }

    @Test
    void anUnsignedOrSharedSecretTokenIsRefused() throws JOSEException {
        assertRefused(new PlainJWT(claims(claims -> claims)).serialize(), "not signed by the realm");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(claims -> claims));
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(hmac.serialize(), "not signed by the realm");
        assertRefused("not.a.jwt", "not signed by the realm");
        assertRefused("", "no logout_token");
        assertRefused(null, "no logout_token");
    }

    @Test
    void anotherIssuerOrAudienceIsRefused() throws JOSEException {
        assertRefused(signed(claims -> claims.issuer("http://localhost:8180/realms/master")), "not issued by the realm");
        assertRefused(signed(claims -> claims.audience("cardhub-tests")), "not addressed to cardhub-web");
        assertRefused(signed(claims -> claims.audience((String) null)), "not addressed to cardhub-web");
    }

    @Test
    void anOldOrFutureOrUndatedTokenIsRefused() throws JOSEException {
        assertRefused(signed(claims -> claims.issueTime(Date.from(NOW.minus(LogoutTokenRules.FRESH_FOR).minusSeconds(1)))),
                "iat is not fresh");
        assertRefused(signed(claims -> claims.issueTime(Date.from(NOW.plus(Duration.ofMinutes(5))))), "iat is not fresh");
        assertRefused(signed(claims -> claims.issueTime(null)), "no iat");
        assertRefused(signed(claims -> claims.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(1))))), "expired");
    }

    @Test
    void aTokenWithoutTheLogoutEventIsRefused() throws JOSEException {
        assertRefused(signed(claims -> claims.claim("events", null)), "no back-channel logout event");
        assertRefused(signed(claims -> claims.claim("events", Map.of("http://schemas.openid.net/event/other", Map.of()))),
                "no back-channel logout event");
        assertRefused(signed(claims -> claims.claim("events", Map.of(LogoutTokenRules.EVENT, "yes"))),
                "no back-channel logout event");
    }

    @Test
    void anIdTokenPassedOffAsALogoutTokenIsRefusedByItsNonce() throws JOSEException {
        assertRefused(signed(claims -> claims.claim("nonce", "n-1")), "a logout token has no nonce");
    }

    @Test
    void aTokenWithoutTheSessionIsRefused() throws JOSEException {
        assertRefused(signed(claims -> claims.claim("sid", null)), "no sid");
        assertRefused(signed(claims -> claims.claim("sid", " ")), "no sid");
    }

    static String signed(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        return sign(claims(change), realmKey);
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(ISSUER).audience("cardhub-web")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(120))).jwtID("jti-1")
                .subject("d3e0c0de-0000-4000-8000-000000000005").claim("typ", "Logout").claim("sid", "kc-session-1")
                .claim("events", Map.of(LogoutTokenRules.EVENT, Map.of()))).build();
    }

    /** Typed as Keycloak 26 types its logout tokens. */
    private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        return sign(claims, key, new JOSEObjectType("logout+jwt"));
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, JOSEObjectType type) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void assertRefused(String token, String why) {
        assertThatThrownBy(() -> tokens.sessionEnded(token)).isInstanceOf(LogoutTokenRefused.class).hasMessageStartingWith(why);
    }
}
