package org.cardhub.signin;

import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import org.cardhub.callers.signin.ReplicableOpenIdContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in's settings that a session copied to another server depends on. */
class SignInDefinitionTest {

    @Test
    void tokensCopiedToAnotherServerExpireAsTheSignInSays() {
        OpenIdAuthenticationMechanismDefinition definition =
                SignInDefinition.class.getAnnotation(OpenIdAuthenticationMechanismDefinition.class);

        assertThat((long) definition.tokenMinValidity()).isEqualTo(ReplicableOpenIdContext.TOKEN_MIN_VALIDITY);
    }
}
