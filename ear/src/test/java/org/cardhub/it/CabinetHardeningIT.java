package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;

/**
 * What the people-facing side sends and refuses, seen from outside: security headers, the session
 * cookie, postbacks only by POST, and expired pages or sign-ins answered with a page instead of a 500.
 */
class CabinetHardeningIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void pagesCarryAPolicyPrimeFacesWorksUnderAndNothingThatNamesTheServer() {
        HttpResponse<String> landing = get(APP + "/", null);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
        assertThat(landing.body()).containsPattern("<script[^>]+nonce=");
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(landing.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(landing.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(landing.headers().firstValue("Server")).isEmpty();
        assertThat(landing.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> landing = get(APP + "/", null);

        assertThat(landing.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void machineAnswersNameNoServerEither() {
        HttpResponse<String> problem = get(APP + "/api/v1/contracts", null);

        assertThat(problem.statusCode()).isEqualTo(401);
        assertThat(problem.headers().firstValue("Server")).isEmpty();
        assertThat(problem.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void aMethodAMachinePathDoesNotKnowGetsAProblemNotPayarasHtmlPage() {
        String token = RunningCardhub.clientToken("agent-demo", "agent-demo-secret");
        var response = RunningCardhub.exchange(HttpRequest.newBuilder(URI.create(APP + "/agent"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContain("Payara");
    }

    @Test
    void metricsTellCountsTimesAndSizesButNothingThatNamesADatabaseACredentialOrAnyone() {
        HttpResponse<String> metrics = get(BASE + "/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("cardhub_ledger_check_ok")
                .doesNotContainIgnoringCase("jdbc:").doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret")
                .doesNotContain("@cardhub.local").doesNotContain("agent-demo").doesNotContain("FUEL-0001").doesNotContain("Exception");
    }

    @Test
    void aFacesPostbackByGetIsRefusedWith400() {
        var response = get(APP + "/index.xhtml?jakarta.faces.ViewState=-1%3A2&language=language&language%3Aen=language%3Aen", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Неверный запрос").contains("Bad request").doesNotContain("Exception");
    }

    @Test
    void keycloaksReturnWithoutASignInUnderWayAsksToSignInAgain() {
        var response = get(APP + "/callback?code=x&state=y", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertPageExpired(response);
    }

    @Test
    void aPostbackWithAMadeUpViewStateAsksToSignInAgain() {
        var response = post(APP + "/index.xhtml", FORM,
                "language=language&language%3Aen=language%3Aen&jakarta.faces.ViewState=made-up%3A123", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertPageExpired(response);
    }

    @Test
    void aPostbackWhoseSessionEndedAsksToSignInAgain() {
        HttpResponse<String> landing = get(APP + "/", null);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(landing.body());
        assertThat(viewState.find()).isTrue();

        // the same form sent back without the session cookie: the server no longer knows the view
        var response = post(APP + "/index.xhtml", FORM, "language=language&language%3Aen=language%3Aen&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertPageExpired(response);
    }

    @Test
    void anExpiredAjaxPostbackIsSentToTheExpiredPage() {
        var response = RunningCardhub.exchange(HttpRequest.newBuilder(URI.create(APP + "/index.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", FORM)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&jakarta.faces.source=language%3Aen"
                        + "&language=language&jakarta.faces.ViewState=made-up%3A123"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<redirect url=\"/cardhub/expired\"");
        assertPageExpired(get(APP + "/expired", null));
    }

    private static void assertPageExpired(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Страница устарела").contains("Page expired").contains("Войти снова")
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
