package org.cardhub.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The bearer check against a realm that publishes its keys over HTTP, as Keycloak does. */
class BearerTokenVerifierTest {

    private static HttpServer realm;
    private static RSAKey realmKey;
    private static String issuer;
    private static BearerTokenVerifier verifier;

    @BeforeAll
    static void publishRealmKeys() throws IOException, JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        byte[] jwks = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/realms/cardhub/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        realm.start();
        issuer = "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/cardhub";
        OidcSettings settings = new OidcSettings();
        settings.providerUri = issuer;
        settings.audience = "cardhub";
        verifier = new BearerTokenVerifier();
        verifier.settings = settings;
        verifier.init();
    }

    @AfterAll
    static void stopRealm() {
        realm.stop(0);
    }

    @Test
    void aPartnersServiceAccountTokenNamesTheClientAndItsRoles() throws JOSEException {
        var caller = verifier.verify(signed(claims -> claims));

        assertThat(caller).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("agent-demo");
            assertThat(c.roles()).containsExactly("partner-agent");
        });
    }

    @Test
    void aPersonIsNamedByTheirImmutableUserIdNotByTheirUserName() throws JOSEException {
        var caller = verifier.verify(signed(claims -> claims.subject("d3e0c0de-0000-4000-8000-000000000003")
                .claim("preferred_username", "parent").claim("groups", List.of("parent"))));

        assertThat(caller).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("d3e0c0de-0000-4000-8000-000000000003"));
    }

    @Test
    void anExpiredTokenIsRefused() throws JOSEException {
        assertThat(verifier.verify(signed(claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(300)))))).isEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws JOSEException {
        assertThat(verifier.verify(signed(claims -> claims.issuer("http://127.0.0.1:1/realms/other")))).isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws JOSEException {
        assertThat(verifier.verify(signed(claims -> claims.audience("account")))).isEmpty();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws JOSEException {
        assertThat(verifier.verify(signed(claims -> claims.expirationTime(null)))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheRealmsKeyIdIsRefused() throws JOSEException {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("realm-key").build(),
                validClaims().build());
        token.sign(new RSASSASigner(forger));

        assertThat(verifier.verify(token.serialize())).isEmpty();
    }

    @Test
    void anUnsignedOrSymmetricallySignedTokenIsRefused() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims().build());
        hmac.sign(new MACSigner("a-shared-secret-that-is-long-enough-for-hs256!!".getBytes(StandardCharsets.UTF_8)));

        assertThat(verifier.verify(new PlainJWT(validClaims().build()).serialize())).isEmpty();
        assertThat(verifier.verify(hmac.serialize())).isEmpty();
    }

    @Test
    void aTokenCheckedOnceIsRecognisedAgainUntilItExpires() throws JOSEException {
        String token = signed(claims -> claims.expirationTime(Date.from(Instant.now().plusSeconds(62))));

        assertThat(verifier.verify(token)).isPresent();
        assertThat(verifier.verify(token)).isPresent();
        assertThat(verifier.verify(token + "x")).as("another token, however similar, is checked").isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        assertThat(verifier.verify("not.a.token")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(realmKey.getKeyID()).build(),
                change.apply(validClaims()).build());
        token.sign(new RSASSASigner(realmKey));
        return token.serialize();
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("6c1f2b1e-0000-4000-8000-000000000001")
                .audience("cardhub")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "agent-demo")
                .claim("client_id", "agent-demo")
                .claim("preferred_username", "service-account-agent-demo")
                .claim("groups", List.of("partner-agent"));
    }
}
