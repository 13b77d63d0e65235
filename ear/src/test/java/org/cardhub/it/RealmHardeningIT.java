package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.util.Base64;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.REALM;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;

/**
 * The running realm: people's tokens by the password grant only for the tests' own client, which the
 * launcher adds because the tests asked for it (CARDHUB_TEST_CLIENTS=true); self-registration on the sign-in page for
 * a company's representative (issue 20; followed to the end by SelfRegistrationIT); and demo users with the fixed ids
 * the demo data links them by.
 */
class RealmHardeningIT {

    @Test
    void keycloaksAdminCliAndTheCabinetsClientRefuseThePasswordGrant() {
        for (String client : new String[]{"admin-cli", "cardhub-web", "account"}) {
            var response = passwordGrant(client, "parent", "Demo-pass-1");

            assertThat(response.statusCode()).as(client).isBetween(400, 401);
            assertThat(json(response.body()).getString("error")).as(client).isIn("unauthorized_client", "invalid_client");
        }
    }

    @Test
    void theTestsOwnClientGetsAPersonsToken() {
        assertThat(RunningCardhub.userToken("parent", "Demo-pass-1")).isNotBlank();
    }

    @Test
    void aPersonsTokenCarriesTheFixedIdTheDemoDataIsLinkedTo() {
        String payload = RunningCardhub.userToken("parent", "Demo-pass-1").split("\\.")[1];
        String claims = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);

        assertThat(json(claims).getString("sub")).isEqualTo("d3e0c0de-0000-4000-8000-000000000003");
        assertThat(json(claims).getString("preferred_username")).isEqualTo("parent");
    }

    @Test
    void theSignInPageOffersSelfRegistration() {
        var login = RunningCardhub.get(REALM + "/protocol/openid-connect/auth?client_id=cardhub-web&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode(RunningCardhub.APP + "/callback", StandardCharsets.UTF_8), null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("kc-login").contains("/login-actions/registration?");
    }

    private static HttpResponse<String> passwordGrant(String client, String username, String password) {
        String body = "grant_type=password&client_id=" + client + "&username=" + username
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return post(REALM + "/protocol/openid-connect/token", "application/x-www-form-urlencoded", body, null);
    }
}
