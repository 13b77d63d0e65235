package org.cardhub.callers.signin;

import jakarta.enterprise.inject.Vetoed;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

import java.io.Serial;

/**
 * Jakarta Security's OpenID Connect context — the signed-in person's tokens, kept in the HTTP session — made so a
 * session can be copied to the other servers of a cluster and survive the loss of its own. Soteria's context keeps
 * the tokens in classes that cannot be serialized (Soteria issue 379); this one is written as the tokens' text
 * ({@link SignInTokens}) and built again from it, through Soteria's own constructors, where the copy is read.
 * Soteria's bean stays the only context bean; {@link ReplicableOpenIdContexts} makes it create this class.
 */
@Vetoed
public class ReplicableOpenIdContext extends OpenIdContextImpl {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * How long before their expiry Soteria treats tokens as expired: the definition's default, which the cabinets'
     * sign-in keeps (a web test holds the two together).
     */
    public static final long TOKEN_MIN_VALIDITY = tokenMinValidityByDefault();

    /** Private: Weld's client proxies have a {@code writeReplace} of their own. */
    @Serial
    private Object writeReplace() {
        return SignInTokens.of(this);
    }

    private static long tokenMinValidityByDefault() {
        try {
            return ((Number) OpenIdAuthenticationMechanismDefinition.class.getMethod("tokenMinValidity")
                    .getDefaultValue()).longValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Jakarta Security without tokenMinValidity", e);
        }
    }
}
