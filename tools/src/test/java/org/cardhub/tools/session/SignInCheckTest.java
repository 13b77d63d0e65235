package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in and check against the test's own loopback cabinet and Keycloak ({@link FakeCabinetAndKeycloak}). */
class SignInCheckTest {

    @TempDir
    Path dir;

    private FakeCabinetAndKeycloak servers;
    private Path state;

    @BeforeEach
    void start() throws IOException {
        servers = new FakeCabinetAndKeycloak();
        state = dir.resolve("parent.session.json");
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    @Test
    void signingInPostsThePasswordToKeycloaksFormAndSavesTheCookiesForTheOwnerOnly() throws IOException {
        Run signIn = signIn("parent", FakeCabinetAndKeycloak.PASSWORD);

        assertThat(signIn.exit).isZero();
        assertThat(signIn.out).isEqualTo("cabinet session: signed in as parent on cardhub-1\n");
        assertThat(servers.passwordsPosted()).isEqualTo(1);
        String saved = Files.readString(state);
        assertThat(saved).contains("\"user\"", "JSESSIONID", "KEYCLOAK_IDENTITY", "CARDHUB_NODE")
                .doesNotContain(FakeCabinetAndKeycloak.PASSWORD);
        if (state.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        }
    }

    @Test
    void onTheSameNodeTheCheckOpensThePageAtOnce() throws IOException {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);

        Run check = run("check", "--base-url", servers.baseUrl(), "--state", state.toString());

        assertThat(check.exit).isZero();
        assertThat(check.out).isEqualTo("cabinet session: still signed in as parent on cardhub-1 (re-signed in through"
                + " Keycloak's single sign-on: no; hops: 1)\n");
    }

    @Test
    void afterAFailoverThatLostTheSessionKeycloaksSingleSignOnSignsTheParentInOnTheOtherNodeWithoutThePassword()
            throws IOException {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);
        servers.failOverTo("cardhub-2", false);

        Run check = run("check", "--base-url", servers.baseUrl(), "--state", state.toString());
        Run again = run("check", "--base-url", servers.baseUrl(), "--state", state.toString());

        assertThat(check.exit).isZero();
        assertThat(check.out).isEqualTo("cabinet session: still signed in as parent on cardhub-2 (re-signed in through"
                + " Keycloak's single sign-on: yes; hops: 5)\n");
        assertThat(servers.passwordsPosted()).isEqualTo(1);
        assertThat(again.out).as("the check kept the new node's cookies").isEqualTo("cabinet session: still signed in"
                + " as parent on cardhub-2 (re-signed in through Keycloak's single sign-on: no; hops: 1)\n");
    }

    @Test
    void afterAFailoverWithTheSessionReplicatedTheOtherNodeKnowsTheParentAtOnce() throws IOException {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);
        servers.failOverTo("cardhub-2", true);

        Run check = run("check", "--base-url", servers.baseUrl(), "--state", state.toString());

        assertThat(check.out).isEqualTo("cabinet session: still signed in as parent on cardhub-2 (re-signed in through"
                + " Keycloak's single sign-on: no; hops: 1)\n");
    }

    @Test
    void whenKeycloakShowsItsLoginFormAgainTheParentIsSignedOutAndTheCheckExitsWithOne() throws IOException {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);
        servers.failOverTo("cardhub-2", false);
        servers.endKeycloakSessions();

        Run check = run("check", "--base-url", servers.baseUrl(), "--state", state.toString());

        assertThat(check.exit).isEqualTo(SignInCheck.EXIT_NOT_SIGNED_IN).isEqualTo(1);
        assertThat(check.out).isEqualTo("cabinet session: signed out: Keycloak shows its login form at "
                + servers.keycloakHostAndPort() + " (its single sign-on does not know parent any more); hops: 2\n");
        assertThat(check.err).contains("GET " + servers.cabinetHostAndPort() + "/cardhub/cabinet/parent/index.xhtml -> 302"
                + " (CARDHUB_NODE=cardhub-2)", "GET " + servers.keycloakHostAndPort()
                + "/realms/cardhub/protocol/openid-connect/auth -> 200");
        assertThat(servers.passwordsPosted()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsSaidInKeycloaksWordsAndNothingIsSaved() {
        Run signIn = signIn("parent", "not-the-password");

        assertThat(signIn.exit).isEqualTo(1);
        assertThat(signIn.out).isEqualTo("cabinet session: sign-in failed: Keycloak did not take the password of parent:"
                + " Неправильное имя пользователя или пароль.\n");
        assertThat(state).doesNotExist();
    }

    @Test
    void anotherCabinetsPageIsRefusedAndSaidSo() {
        Run signIn = run("sign-in", "--base-url", servers.baseUrl(), "--user", "fleet", "--password",
                FakeCabinetAndKeycloak.PASSWORD, "--state", state.toString());

        assertThat(signIn.exit).isEqualTo(1);
        assertThat(signIn.out).contains("sign-in failed:", "/cardhub/cabinet/parent/index.xhtml answered 403: fleet may"
                + " not see it");
    }

    @Test
    void anyCabinetPageOfTheirsWillDo() {
        Run signIn = run("sign-in", "--base-url", servers.baseUrl(), "--user", "fleet", "--password",
                FakeCabinetAndKeycloak.PASSWORD, "--state", state.toString(), "--page", "/cabinet/corporate/index.xhtml");

        assertThat(signIn.out).isEqualTo("cabinet session: signed in as fleet on cardhub-1\n");
    }

    @Test
    void aCheckForSomeoneElseThanThePageNamesFails() {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);

        Run check = run("check", "--base-url", servers.baseUrl(), "--state", state.toString(), "--user", "parent2");

        assertThat(check.exit).isEqualTo(1);
        assertThat(check.out).contains("not signed in:", "its header names parent, not parent2", "hops: 1");
    }

    @Test
    void anApplicationThatDoesNotAnswerIsNotASignedInSession() throws IOException {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }

        Run check = run("check", "--base-url", "http://127.0.0.1:" + closed + "/cardhub", "--state", state.toString());

        assertThat(check.exit).isEqualTo(1);
        assertThat(check.out).startsWith("cabinet session: could not check:").contains("ConnectException");
    }

    @Test
    void theHopsOfASingleSignOnAfterAFailoverShowWhereTheLoadBalancerSentTheBrowser() throws Exception {
        signIn("parent", FakeCabinetAndKeycloak.PASSWORD);
        servers.failOverTo("cardhub-2", false);
        BrowserCookies cookies = new BrowserCookies();
        String user = CookieState.load(state, cookies.getCookieStore(), Clock.systemUTC());
        SessionOptions options = SessionOptions.parse("check", "--base-url", servers.baseUrl(), "--state", state.toString());
        CabinetVisit visit = new CabinetVisit(new RedirectWalker(java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build(), SignInCheck.REQUEST_TIMEOUT),
                cookies.getCookieStore(), options.baseUrl(), options.page());

        CabinetVisit.Outcome outcome = visit.check(user);

        String app = servers.cabinetHostAndPort();
        assertThat(outcome.hops()).extracting(Object::toString).containsExactly(
                "GET " + app + "/cardhub/cabinet/parent/index.xhtml -> 302 (CARDHUB_NODE=cardhub-2)",
                "GET " + servers.keycloakHostAndPort() + "/realms/cardhub/protocol/openid-connect/auth -> 302",
                "GET " + app + "/cardhub/callback -> 302",
                "GET " + app + "/cardhub/cabinet -> 302",
                "GET " + app + "/cardhub/cabinet/parent/index.xhtml -> 200");
        assertThat(visit.node()).isEqualTo("cardhub-2");
    }

    private Run signIn(String user, String password) {
        return run("sign-in", "--base-url", servers.baseUrl(), "--user", user, "--password", password,
                "--state", state.toString());
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SignInCheck.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
        return new Run(exit, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
