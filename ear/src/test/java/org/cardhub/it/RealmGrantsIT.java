package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.REALM;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;

/**
 * The running realm hands out people's tokens with the password grant only to the tests' own client,
 * which the launcher adds because the tests asked for it (CARDHUB_TEST_CLIENTS=true).
 */
class RealmGrantsIT {

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

    private static HttpResponse<String> passwordGrant(String client, String username, String password) {
        String body = "grant_type=password&client_id=" + client + "&username=" + username
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return post(REALM + "/protocol/openid-connect/token", "application/x-www-form-urlencoded", body, null);
    }
}
