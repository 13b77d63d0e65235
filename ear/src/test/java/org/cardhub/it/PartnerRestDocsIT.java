package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;
import static org.cardhub.it.RunningCardhub.get;

/** The partner API describes itself: the OpenAPI document with every operation, and a Swagger UI without sign-in. */
class PartnerRestDocsIT {

    @Test
    void theOpenApiDocumentHasEveryPartnerOperationTheSecuritySchemeAndTheProblems() {
        var response = get(BASE + "/openapi", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(
                "/api/v1/contracts:", "/api/v1/contracts/{number}:", "/api/v1/contracts/{number}/cards:",
                "/api/v1/contracts/{number}/transactions:", "/api/v1/cards/{id}:", "/api/v1/cards/{id}/block:",
                "/api/v1/cards/{id}/unblock:", "/api/v1/cards/{id}/transactions:", "/api/v1/top-ups:");
        assertThat(response.body()).contains("operationId: topUp", "operationId: blockCard", "operationId: contractTransactions");
        assertThat(response.body()).contains("keycloak:", "scheme: bearer", "Idempotency-Key", "\"429\":", "Retry-After",
                "application/problem+json", "#/components/schemas/Problem", "#/components/schemas/CardView");
        assertThat(response.body()).contains("    Problem:", "    TopUpRequest:", "    TopUpResult:", "    CardView:",
                "    ContractView:", "    FeedPage:", "    FeedEntry:");
        assertThat(response.body()).doesNotContain("{id:", "maxProperties: 0");
    }

    @Test
    void theSwaggerUiPageLoadsWithoutSignInAndItsScriptIsServed() {
        var page = get(APP + "/api-docs/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        Matcher bundle = Pattern.compile("src=\"([^\"]*swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertThat(bundle.find()).as(page.body()).isTrue();
        assertThat(page.body()).doesNotContain("https://");
        var script = get(URI.create(APP + "/api-docs/").resolve(bundle.group(1)).toString(), null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(get(APP + "/api-docs/api-docs.js", null).body()).contains("/openapi");
    }
}
