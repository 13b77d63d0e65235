package org.cardhub.signin;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak's return without a sign-in under way signs nobody in and says so, with 400 and no stack trace. */
class SignInCallbackTest {

    @Test
    void aReturnWithoutASessionIsNotHandedToTheOpenIdConnectMechanism() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/callback").parameter("code", "x").parameter("state", "y");
        // no bean manager: consulting the OpenID Connect mechanism would fail the test
        CardhubAuthenticationMechanism mechanism = new CardhubAuthenticationMechanism();

        AuthenticationStatus status = mechanism.validateRequest(http.request(), http.response(), unprotected());

        assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    }

    @Test
    void nobodySignedInGetsThePageExpiredPageWith400() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/callback").parameter("code", "x").parameter("state", "y");

        new SignInCallbackServlet().doGet(http.request(), http.response());

        assertThat(http.status()).isEqualTo(400);
        assertThat(http.body()).contains("Страница устарела", "Page expired", "/cardhub/cabinet");
    }

    @Test
    void aSignedInPersonGoesOnToTheirCabinet() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/callback").signedInAs("parent");
        List<String> recorded = new ArrayList<>();
        SignInCallbackServlet servlet = new SignInCallbackServlet();
        servlet.sessions = new CabinetSessions() {
            @Override
            public void signedIn(jakarta.servlet.http.HttpServletRequest request) {
                recorded.add(request.getUserPrincipal().getName());
            }
        };

        servlet.doGet(http.request(), http.response());

        assertThat(recorded).as("the session is recorded under the Keycloak session").containsExactly("parent");
        assertThat(http.status()).isEqualTo(302);
        assertThat(http.header("Location")).isEqualTo("/cardhub/cabinet");
    }

    private static HttpMessageContext unprotected() {
        return (HttpMessageContext) Proxy.newProxyInstance(SignInCallbackTest.class.getClassLoader(),
                new Class<?>[]{HttpMessageContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "isProtected" -> false;
                    default -> throw new UnsupportedOperationException("context." + called.getName());
                });
    }
}
