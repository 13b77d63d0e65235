package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieStateTest {

    private static final URI PAGE = URI.create("http://localhost:8080/cardhub/cabinet/parent/index.xhtml");
    private static final URI CALLBACK = URI.create("http://localhost:8080/cardhub/callback?code=c&state=s");
    private static final URI LOGIN_ACTION = URI.create("http://localhost:8180/realms/cardhub/login-actions/authenticate");
    private static final URI AUTHORIZE = URI.create("http://localhost:8180/realms/cardhub/protocol/openid-connect/auth");
    private static final URI OTHER_REALM = URI.create("http://localhost:8180/realms/master/account");
    private static final URI ELSEWHERE = URI.create("https://partner.example/shop/");
    private static final Instant SIGNED_IN = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSavedCookiesGoBackToTheHostsAndPathsThatSetThem() throws IOException {
        BrowserCookies browser = signedInBrowser();
        Path file = dir.resolve("parent.json");

        CookieState.save(file, "parent", browser.getCookieStore(), at(SIGNED_IN));
        BrowserCookies reopened = new BrowserCookies();
        String user = CookieState.load(file, reopened.getCookieStore(), at(SIGNED_IN.plusSeconds(30)));

        assertThat(user).isEqualTo("parent");
        for (URI uri : List.of(PAGE, CALLBACK, LOGIN_ACTION, AUTHORIZE, OTHER_REALM, ELSEWHERE)) {
            assertThat(sent(reopened, uri)).as(uri.toString()).isEqualTo(sent(browser, uri));
        }
        assertThat(sent(reopened, PAGE)).containsExactlyInAnyOrder("JSESSIONID=app-session-1", "CARDHUB_NODE=cardhub-1");
        assertThat(sent(reopened, AUTHORIZE)).contains("KEYCLOAK_SESSION=kc-session-1", "AUTH_SESSION_ID=auth-1",
                "CARDHUB_NODE=cardhub-1").noneMatch(cookie -> cookie.contains("JSESSIONID"))
                .anyMatch(cookie -> cookie.contains("KEYCLOAK_IDENTITY") && cookie.contains("identity-jwt"));
        assertThat(sent(reopened, OTHER_REALM)).containsExactly("CARDHUB_NODE=cardhub-1");
        assertThat(sent(reopened, ELSEWHERE)).containsExactly("PARTNER=p1");
    }

    @Test
    void everyCookieKeepsItsAttributes() throws IOException {
        BrowserCookies browser = signedInBrowser();
        Path file = dir.resolve("parent.json");
        CookieState.save(file, "parent", browser.getCookieStore(), at(SIGNED_IN));

        BrowserCookies reopened = new BrowserCookies();
        CookieState.load(file, reopened.getCookieStore(), at(SIGNED_IN));

        assertThat(reopened.getCookieStore().getCookies()).map(CookieStateTest::described)
                .containsExactlyInAnyOrderElementsOf(browser.getCookieStore().getCookies().stream()
                        .map(CookieStateTest::described).toList());
    }

    @Test
    void aCookieWithALifetimeComesBackWithWhatWasLeftOfItAndNotAtAllOnceItRanOut() throws IOException {
        BrowserCookies browser = new BrowserCookies();
        browser.put(LOGIN_ACTION, Map.of("Set-Cookie", List.of("SHORT=s; Max-Age=60; Path=/realms/cardhub/",
                "LONG=l; Max-Age=3600; Path=/realms/cardhub/", "SESSION=x; Path=/realms/cardhub/")));
        Path file = dir.resolve("state.json");
        CookieState.save(file, "parent", browser.getCookieStore(), at(SIGNED_IN));

        BrowserCookies later = new BrowserCookies();
        CookieState.load(file, later.getCookieStore(), at(SIGNED_IN.plusSeconds(600)));

        assertThat(later.getCookieStore().getCookies()).extracting(HttpCookie::getName, HttpCookie::getMaxAge)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("LONG", 3000L),
                        org.assertj.core.groups.Tuple.tuple("SESSION", -1L));
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyEvenWhenItReplacesOneThatWasNot() throws IOException {
        Path file = dir.resolve("sessions/parent.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CookieState.save(file, "parent", signedInBrowser().getCookieStore(), at(SIGNED_IN));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNotASavedSessionIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.json"), "{\"user\": \"parent\"}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "cookies: none");

        assertThatThrownBy(() -> CookieState.load(file, new CookieManager().getCookieStore(), at(SIGNED_IN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.json is not a cabinet session");
        assertThatThrownBy(() -> CookieState.load(broken, new CookieManager().getCookieStore(), at(SIGNED_IN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.json is not a cabinet session");
    }

    @Test
    void keycloaksSecureCookiesAreKeptForTheLoopbackOverHttpAsBrowsersDoButNotElsewhere() throws IOException {
        BrowserCookies browser = new BrowserCookies();
        browser.put(LOGIN_ACTION, Map.of("Set-Cookie", List.of("KC=1; Path=/realms/cardhub/; Secure; HttpOnly")));
        browser.put(URI.create("http://sso.example/realms/cardhub/x"), Map.of("Set-Cookie",
                List.of("KC=2; Path=/realms/cardhub/; Secure")));

        assertThat(sent(browser, AUTHORIZE)).containsExactly("KC=1");
        assertThat(sent(browser, URI.create("http://sso.example/realms/cardhub/x"))).isEmpty();
        assertThat(sent(browser, URI.create("https://sso.example/realms/cardhub/x"))).containsExactly("KC=2");
        assertThat(BrowserCookies.loopbackOverHttp(URI.create("http://127.0.0.1:8180/"))).isTrue();
        assertThat(BrowserCookies.loopbackOverHttp(URI.create("http://[::1]:8180/"))).isTrue();
        assertThat(BrowserCookies.loopbackOverHttp(URI.create("https://localhost/"))).isFalse();
    }

    /** The cookies of a parent signed in through HAProxy, Payara and Keycloak 26, and one of another site. */
    private static BrowserCookies signedInBrowser() throws IOException {
        BrowserCookies browser = new BrowserCookies();
        browser.put(PAGE, Map.of("Set-Cookie", List.of("JSESSIONID=app-session-1; Path=/cardhub; HttpOnly; SameSite=Lax",
                "CARDHUB_NODE=cardhub-1; path=/; HttpOnly; SameSite=Lax")));
        browser.put(LOGIN_ACTION, Map.of("Set-Cookie", List.of(
                "KEYCLOAK_IDENTITY=identity-jwt; Version=1; Path=/realms/cardhub/; SameSite=None; Secure; HttpOnly",
                "KEYCLOAK_SESSION=kc-session-1; Max-Age=36000; Expires=Sat, 01 Mar 2025 19:00:00 GMT;"
                        + " Path=/realms/cardhub/; SameSite=None; Secure",
                "AUTH_SESSION_ID=auth-1; Path=/realms/cardhub/; SameSite=None; Secure; HttpOnly")));
        browser.put(ELSEWHERE, Map.of("Set-Cookie", List.of("PARTNER=p1; Path=/shop; Secure")));
        return browser;
    }

    /** The cookies a request to {@code uri} carries, one entry each. */
    private static List<String> sent(CookieManager cookies, URI uri) throws IOException {
        return cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of()).stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(";\\s*")))
                .filter(cookie -> !cookie.startsWith("$")).sorted().toList();
    }

    private static String described(HttpCookie cookie) {
        return String.join("|", cookie.getName(), cookie.getValue(), String.valueOf(cookie.getDomain()),
                String.valueOf(cookie.getPath()), String.valueOf(cookie.getSecure()), String.valueOf(cookie.isHttpOnly()),
                String.valueOf(cookie.getVersion()), String.valueOf(cookie.getMaxAge() < 0));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
