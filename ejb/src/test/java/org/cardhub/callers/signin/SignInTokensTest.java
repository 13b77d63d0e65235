package org.cardhub.callers.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.glassfish.soteria.mechanisms.openid.domain.AccessTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.IdentityTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;
import org.glassfish.soteria.mechanisms.openid.domain.RefreshTokenImpl;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed-in session must be copied to the cluster's other server whole: Soteria's own OpenID Connect context cannot
 * be written at all, the cabinets' one is written as its tokens' text and gives the same person back.
 */
class SignInTokensTest {

    private static final long MIN_VALIDITY = ReplicableOpenIdContext.TOKEN_MIN_VALIDITY;
    private static final Instant NOW = Instant.now();

    @Test
    void soteriasOwnContextCannotBeWrittenIntoACopiedSession() {
        OpenIdContextImpl soterias = new OpenIdContextImpl();
        soterias.setIdentityToken(new IdentityTokenImpl(jwt("id"), MIN_VALIDITY));

        assertThatThrownBy(() -> written(soterias)).isInstanceOf(NotSerializableException.class)
                .hasMessageContaining("IdentityTokenImpl");
    }

    @Test
    void theCabinetsContextIsWrittenAsItsTokensText() throws Exception {
        String written = new String(written(signedIn()), StandardCharsets.ISO_8859_1);

        assertThat(written).contains(SignInTokens.class.getName()).doesNotContain("TokenImpl");
    }

    @Test
    void theTokensReadBackGiveTheSamePersonTheSameExpiryAndTheSameRefreshToken() {
        ReplicableOpenIdContext original = signedIn();
        ReplicableOpenIdContext copy = new ReplicableOpenIdContext();

        SignInTokens.of(original).fill(copy);

        assertThat(copy.getSubject()).isEqualTo("d3e0c0de-0000-4000-8000-000000000005");
        assertThat(copy.getIdentityToken().getJwtClaims().getStringClaim("preferred_username")).contains("parent");
        assertThat(copy.getIdentityToken().isExpired()).isFalse();
        assertThat(copy.getAccessToken().getToken()).isEqualTo(original.getAccessToken().getToken());
        assertThat(copy.getAccessToken().getExpirationTime()).isEqualTo(original.getAccessToken().getExpirationTime());
        assertThat(copy.getAccessToken().getScope()).containsExactly("openid", "profile", "email");
        assertThat(copy.getRefreshToken()).hasValueSatisfying(token -> assertThat(token.getToken()).isEqualTo("refresh-1"));
        assertThat(copy.getTokenType()).isEqualTo("Bearer");
        assertThat(copy.getExpiresIn()).contains(300L);
    }

    @Test
    void aContextNobodySignedInWithStaysEmpty() {
        ReplicableOpenIdContext copy = new ReplicableOpenIdContext();

        SignInTokens.of(new ReplicableOpenIdContext()).fill(copy);

        assertThat(copy.getAccessToken()).isNull();
        assertThat(copy.getIdentityToken()).isNull();
        assertThat(copy.getRefreshToken()).isEmpty();
    }

    private static ReplicableOpenIdContext signedIn() {
        ReplicableOpenIdContext context = new ReplicableOpenIdContext();
        context.setTokenType("Bearer");
        context.setExpiresIn(300L);
        context.setAccessToken(new AccessTokenImpl("Bearer", jwt("access"), 300L, "openid profile email", MIN_VALIDITY));
        context.setIdentityToken(new IdentityTokenImpl(jwt("id"), MIN_VALIDITY));
        context.setRefreshToken(new RefreshTokenImpl("refresh-1"));
        return context;
    }

    private static String jwt(String kind) {
        return new PlainJWT(new JWTClaimsSet.Builder().issuer("http://localhost:8180/realms/cardhub")
                .subject("d3e0c0de-0000-4000-8000-000000000005").claim("preferred_username", "parent")
                .claim("typ", kind).issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300))).build())
                .serialize();
    }

    private static byte[] written(Object context) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(context);
        }
        return bytes.toByteArray();
    }
}
