package org.cardhub.callers.signin;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import org.glassfish.soteria.mechanisms.openid.domain.AccessTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.IdentityTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.RefreshTokenImpl;

import java.io.Serial;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The serialized form of a signed-in session's OpenID Connect context: the tokens as Keycloak sent them. Everything
 * else Soteria keeps is derived from them (the claims are parsed from the tokens again; the user-info claims, never
 * asked for by the cabinets, are fetched again if anyone asks). An empty context (nobody signed in yet) stays empty.
 */
record SignInTokens(String tokenType, String accessTokenType, String accessToken, String scope, Long expiresIn,
                    String identityToken, String refreshToken) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignInTokens of(OpenIdContext context) {
        AccessToken access = context.getAccessToken();
        IdentityToken identity = context.getIdentityToken();
        return new SignInTokens(context.getTokenType(),
                access == null ? null : access.getType().name(),
                access == null ? null : access.getToken(),
                access == null || access.getScope() == null ? null : String.join(" ", access.getScope()),
                context.getExpiresIn().orElse(null),
                identity == null ? null : identity.getToken(),
                context.getRefreshToken().map(RefreshToken::getToken).orElse(null));
    }

    @Serial
    private Object readResolve() {
        ReplicableOpenIdContext context = ReplicableOpenIdContexts.injected();
        fill(context);
        return context;
    }

    /** Gives the context the tokens again, each built as Soteria builds it when Keycloak answers. */
    void fill(ReplicableOpenIdContext target) {
        target.setTokenType(tokenType);
        target.setExpiresIn(expiresIn);
        target.setAccessToken(built(accessToken, () -> new AccessTokenImpl(accessTokenType, accessToken, expiresIn,
                scope, ReplicableOpenIdContext.TOKEN_MIN_VALIDITY)));
        target.setIdentityToken(built(identityToken, () -> new IdentityTokenImpl(identityToken,
                ReplicableOpenIdContext.TOKEN_MIN_VALIDITY)));
        target.setRefreshToken(built(refreshToken, () -> new RefreshTokenImpl(refreshToken)));
    }

    private static <T> T built(String text, Supplier<T> token) {
        return text == null ? null : token.get();
    }
}
