package org.cardhub.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.get;

/** What an anonymous visitor gets; signed-in access is proved in a real browser by BrowserSignInIT. */
class CabinetAccessIT {

    @Test
    void landingPageIsPublicAndRussianByDefault() {
        var response = get(APP + "/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Войти").contains("Школьные карты");
    }

    @Test
    void anonymousRequestForACabinetIsSentToKeycloak() {
        for (String cabinet : new String[]{"parent", "corporate", "backoffice", "director", "applicant"}) {
            var response = get(APP + "/cabinet/" + cabinet + "/index.xhtml", null);

            assertThat(response.statusCode()).as(cabinet).isBetween(301, 303);
            assertThat(response.headers().firstValue("Location")).as(cabinet).hasValueSatisfying(location ->
                    assertThat(location).startsWith(RunningCardhub.REALM + "/protocol/openid-connect/auth")
                            .contains("client_id=cardhub-web"));
        }
    }

    @Test
    void unknownPageGetsAFriendly404() {
        var response = get(APP + "/no-such-page.xhtml", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Страница не найдена");
    }
}
