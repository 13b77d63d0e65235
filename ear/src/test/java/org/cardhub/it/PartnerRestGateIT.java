package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.assertProblem;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.exchange;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.userToken;

/**
 * What machine paths answer before their endpoints do: bodies over 64 KiB are refused on every channel
 * in its own format, and the container's own 401/403/404 are problems for machines (SOAP faults on /soap)
 * while people keep their pages.
 */
class PartnerRestGateIT {

    private static final byte[] TEN_MEGABYTES = filled(10 * 1024 * 1024);

    @Test
    void aTenMegabyteAgentRequestIsRefusedWithTheProtocolsOtherError() {
        var response = exchange(HttpRequest.newBuilder(URI.create(APP + "/agent")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + clientToken("agent-demo", "agent-demo-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TEN_MEGABYTES)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<response>").contains("<result>300</result>");
    }

    @Test
    void aTenMegabyteChunkedSoapCallIsRefusedWithAFault() {
        var response = exchange(HttpRequest.newBuilder(URI.create(APP + "/soap/caller")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + clientToken("fleet-system", "fleet-system-secret"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TEN_MEGABYTES))).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Fault").contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aSmallChunkedAgentFormIsStillReadParameterByParameter() {
        byte[] form = "command=check&txn_id=4242&account=%2B79001234567&sum=1.00".getBytes();
        var response = exchange(HttpRequest.newBuilder(URI.create(APP + "/agent")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + clientToken("agent-demo", "agent-demo-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<osmp_txn_id>4242</osmp_txn_id>").contains("<result>0</result>");
    }

    @Test
    void machinePathsAnswerTheContainersRefusalsAsProblems() {
        assertProblem(get(APP + "/agent", null), 401, "UNAUTHORIZED");
        PartnerSoapFaultsIT.assertFault(post(APP + "/soap/caller", "text/xml", "<x/>", null), 401, "Client", "UNAUTHORIZED");
        assertProblem(get(APP + "/api/v1/contracts", userToken("fleet", "Demo-pass-1")), 403, "FORBIDDEN");
        assertProblem(get(APP + "/agent/nothing", clientToken("agent-demo", "agent-demo-secret")), 404, "NOT_FOUND");
        PartnerSoapFaultsIT.assertFault(get(APP + "/soap/nothing", null), 404, "Client", "NOT_FOUND");
    }

    @Test
    void peopleStillGetTheFriendlyNotFoundPage() {
        var response = get(APP + "/no-such-page", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("error-404");
    }

    @Test
    void peopleStillGetTheCabinetsForbiddenPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookiesLikeABrowserOnLocalhost())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        var login = browser.send(HttpRequest.newBuilder(URI.create(APP + "/cabinet/parent/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
        assertThat(form.find()).as(login.body()).isTrue();
        var signedIn = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=parent&password=Demo-pass-1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

        var refused = browser.send(HttpRequest.newBuilder(URI.create(APP + "/cabinet/corporate/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("error-403");
    }

    /**
     * Keycloak marks its cookies Secure; browsers send them to http://localhost anyway (a secure context),
     * java.net's CookieManager does not, so the flag is dropped as the cookies are stored.
     */
    private static CookieHandler cookiesLikeABrowserOnLocalhost() {
        CookieManager cookies = new CookieManager();
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> stored = new HashMap<>();
                headers.forEach((name, values) -> stored.put(name, "Set-Cookie".equalsIgnoreCase(name)
                        ? values.stream().map(cookie -> cookie.replaceAll("(?i);\\s*Secure", "")).toList()
                        : values));
                cookies.put(uri, stored);
            }
        };
    }

    private static byte[] filled(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        return body;
    }
}
