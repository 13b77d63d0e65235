package org.cardhub.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.userToken;

/** REST and SOAP accept only bearer tokens of the realm, and only with a partner role. */
class PartnerAccessIT {

    private static final String CALLER = APP + "/api/v1/caller";
    private static final String SOAP = APP + "/soap/caller";
    private static final String WHO_AM_I = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:cardhub:soap:v1">
              <soap:Body><c:whoAmI/></soap:Body>
            </soap:Envelope>""";

    @Test
    void restWithoutTokenIsUnauthorizedWithABearerChallenge() {
        var response = get(CALLER, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void restWithAForgedTokenIsUnauthorized() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbInBhcnRuZXItYWdlbnQiXX0.c2lnbmF0dXJl";

        assertThat(get(CALLER, forged).statusCode()).isEqualTo(401);
    }

    @Test
    void restWithAPaymentAgentTokenKnowsTheClientAndItsRole() {
        var response = get(CALLER, clientToken("agent-demo", "agent-demo-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        var caller = json(response.body());
        assertThat(caller.getString("name")).isEqualTo("agent-demo");
        assertThat(caller.getJsonArray("roles").getString(0)).isEqualTo("partner-agent");
    }

    @Test
    void restWithAPersonsTokenIsForbidden() {
        assertThat(get(CALLER, userToken("parent", "Demo-pass-1")).statusCode()).isEqualTo(403);
    }

    @Test
    void soapWsdlIsServedWithTheStableNamespace() {
        var response = get(SOAP + "?wsdl", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("targetNamespace=\"urn:cardhub:soap:v1\"").contains("whoAmI");
    }

    @Test
    void soapWithoutTokenIsUnauthorized() {
        assertThat(post(SOAP, "text/xml; charset=utf-8", WHO_AM_I, null).statusCode()).isEqualTo(401);
    }

    @Test
    void soapWithAPersonsTokenIsForbidden() {
        var response = post(SOAP, "text/xml; charset=utf-8", WHO_AM_I, userToken("fleet", "Demo-pass-1"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void soapWithAFleetSystemTokenAnswersWithTheClient() {
        var response = post(SOAP, "text/xml; charset=utf-8", WHO_AM_I,
                clientToken("fleet-system", "fleet-system-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("fleet-system");
    }

    @Test
    void openApiDocumentDescribesTheApiAndItsBearerScheme() {
        var response = get(RunningCardhub.BASE + "/openapi", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/v1/caller").contains("bearer");
    }
}
