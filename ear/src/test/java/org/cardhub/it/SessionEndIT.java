package org.cardhub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;
import static org.cardhub.it.RunningCardhub.ROOT;
import static org.cardhub.it.RunningCardhub.json;

/**
 * How a cabinet session ends besides signing out (issue 23): Keycloak's back-channel logout — an administrator ends a
 * person's sessions in Keycloak and the browser's next cabinet page asks for a sign-in, while a forged or misused token
 * is refused at {@code /signout/backchannel} — and the idle timeout, set low for the test through Payara's MicroProfile
 * Config (the domain source, read live) and put back afterwards: a page within it keeps the session, a longer pause
 * lands on Keycloak's sign-in page.
 */
class SessionEndIT {

    private static final String CABINET = APP + "/cabinet/pupil/";
    private static final String IDLE_SECONDS = "cardhub.session.idle-seconds";
    private static final int IDLE = 8;

    private final KeycloakAdmin keycloak = new KeycloakAdmin(REALM.substring(0, REALM.indexOf("/realms/")),
            System.getProperty("cardhub.admin-password"));

    @Test
    void anAdministratorEndingThePersonsKeycloakSessionsEndsTheirCabinetSession() throws Exception {
        WebDriver browser = Chromium.open();
        try {
            WebDriverWait wait = Chromium.patiently(browser);
            Chromium.signIn(browser, wait, "pupil");
            browser.get(CABINET);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));

            keycloak.logoutUser(keycloak.userNamed("pupil").getString("id"));
            for (int attempt = 0; attempt < 10 && browser.getCurrentUrl().startsWith(CABINET); attempt++) {
                Thread.sleep(attempt == 0 ? 0 : 500); // Keycloak tells the cabinet as it ends the sessions; a moment at most
                browser.get(CABINET);
            }

            assertOnTheSignInPage(browser, wait);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTokenThatIsNoLogoutTokenOfTheRealmIsRefusedWith400() {
        String accessToken = RunningCardhub.userToken("pupil", "Demo-pass-1");
        String[] parts = accessToken.split("\\.");
        String logoutClaims = "{\"iss\":\"" + REALM + "\",\"aud\":\"cardhub-web\",\"iat\":" + System.currentTimeMillis() / 1000
                + ",\"jti\":\"forged\",\"sid\":\"any\",\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}}";
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(logoutClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (String token : List.of(forged, accessToken, "not-a-token")) {
            HttpResponse<String> answer = logout(token);

            assertThat(answer.statusCode()).as(token).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(json(answer.body()).getString("error")).isEqualTo("invalid_request");
        }
        assertThat(RunningCardhub.post(APP + "/signout/backchannel", "application/x-www-form-urlencoded", "", null).statusCode())
                .as("without a token").isEqualTo(400);
    }

    @Test
    void aCabinetLeftIdlePastItsTimeoutLandsOnTheSignInPage() throws Exception {
        WebDriver browser = null;
        try {
            assertThat(asadmin("set-config-property", "--source", "domain", "--propertyName", IDLE_SECONDS, "--propertyValue",
                    Integer.toString(IDLE))).as("the idle timeout set for the test").isZero();
            browser = Chromium.open();
            WebDriverWait wait = Chromium.patiently(browser);
            Chromium.signIn(browser, wait, "pupil");

            Thread.sleep((IDLE / 2) * 1000L);
            browser.get(CABINET);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
            assertThat(browser.getCurrentUrl()).as("a page within the timeout keeps the session").startsWith(CABINET);

            Thread.sleep((IDLE + 3) * 1000L);
            browser.get(CABINET);

            assertOnTheSignInPage(browser, wait);
        } finally {
            if (browser != null) {
                browser.quit();
            }
            assertThat(asadmin("delete-config-property", "--source", "domain", "--propertyName", IDLE_SECONDS))
                    .as("the idle timeout put back to the configured one").isZero();
        }
    }

    /** Keycloak's own sign-in form, not the cabinet: the realm's session ended with the cabinet's. */
    private static void assertOnTheSignInPage(WebDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.findElements(By.id("username"))).isNotEmpty();
        assertThat(browser.findElements(By.id("cabinet-title"))).isEmpty();
    }

    private static HttpResponse<String> logout(String token) {
        return RunningCardhub.post(APP + "/signout/backchannel", "application/x-www-form-urlencoded",
                "logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), null);
    }

    /** Payara's asadmin as the launcher runs it: the domain's admin, its password file, the admin port. */
    private static int asadmin(String... command) throws IOException, InterruptedException {
        Path state = Path.of(System.getenv().getOrDefault("CARDHUB_STATE_DIR",
                ROOT.resolve("server-config/target/state").toString()));
        List<String> line = new ArrayList<>(List.of(ROOT.resolve("server-config/target/runtime/payara6/bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", state.resolve("asadmin-password").toString(), "--port", "4848"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("asadmin " + command[0] + " answered").isTrue();
        if (process.exitValue() != 0) {
            System.err.println("asadmin " + String.join(" ", command) + ": " + output);
        }
        return process.exitValue();
    }
}
