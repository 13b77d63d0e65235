package org.cardhub.signin;

import jakarta.json.Json;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's back-channel logout reaches the cabinet without a browser session: a good logout token ends every cabinet
 * session signed in with that Keycloak session and no other; a bad one ends nothing and is answered 400 with a JSON error.
 */
class BackChannelLogoutTest {

    private final Map<String, AtomicBoolean> invalidated = new HashMap<>();
    private final List<String> toldEveryServer = new ArrayList<>();
    private CabinetSessions sessions;
    private BackChannelLogoutServlet servlet;

    @BeforeEach
    void twoSessionsOfOneKeycloakSessionAndOneOfAnother() {
        sessions = new CabinetSessions();
        sessions.signedIn(session("browser-1"), "kc-session-1", "refresh-1");
        sessions.signedIn(session("browser-2"), "kc-session-1", null);
        sessions.signedIn(session("other"), "kc-session-2", "refresh-2");
        servlet = new BackChannelLogoutServlet();
        servlet.sessions = sessions;
        servlet.broadcast = new SignOutBroadcast() {
            @Override
            public boolean tellEveryServer(String sid) {
                return toldEveryServer.add(sid);
            }
        };
    }

    @Test
    void theBackChannelIsAMachinePathNeverSentToTheSignIn() {
        assertThat(MachinePaths.isMachinePath(FakeHttp.request("POST", "/signout/backchannel").request())).isTrue();
        assertThat(MachinePaths.isMachinePath(FakeHttp.request("POST", "/signout").request())).isFalse();
    }

    @Test
    void aGoodLogoutTokenEndsEverySessionOfItsKeycloakSessionOnly() throws Exception {
        servlet.tokens = tokens();
        FakeHttp http = FakeHttp.request("POST", "/signout/backchannel")
                .parameter("logout_token", LogoutTokensTest.signed(claims -> claims));

        servlet.doPost(http.request(), http.response());

        assertThat(http.status()).isEqualTo(200);
        assertThat(invalidated).hasEntrySatisfying("browser-1", ended -> assertThat(ended).isTrue())
                .hasEntrySatisfying("browser-2", ended -> assertThat(ended).isTrue())
                .hasEntrySatisfying("other", ended -> assertThat(ended).isFalse());
        assertThat(sessions.forget(session("browser-1"))).as("forgotten before it was invalidated").isEmpty();
        assertThat(toldEveryServer).as("the other servers end theirs").containsExactly("kc-session-1");
    }

    @Test
    void aSessionCopiedInFromALostServerIsTakenOverOnceAndEndedThereByTheLogoutOfItsKeycloakSession() throws Exception {
        CabinetSessions otherServer = new CabinetSessions();
        otherServer.openId = openId(Map.of("sid", "kc-session-1", "sub", "d3e0c0de"), "refresh-1");
        HttpServletRequest firstRequestThere = requestWith(session("browser-1"));

        assertThat(otherServer.tookOver(firstRequestThere)).as("first request on the other server").isTrue();
        assertThat(otherServer.tookOver(firstRequestThere)).as("held there from then on").isFalse();

        servlet.sessions = otherServer;
        servlet.tokens = tokens();
        FakeHttp http = FakeHttp.request("POST", "/signout/backchannel")
                .parameter("logout_token", LogoutTokensTest.signed(claims -> claims));

        servlet.doPost(http.request(), http.response());

        assertThat(http.status()).isEqualTo(200);
        assertThat(invalidated.get("browser-1")).as("ended on the server it was copied to").isTrue();
        assertThat(invalidated.get("other")).isFalse();
    }

    @Test
    void aCopiedSessionWhoseIdTokenNamesNoKeycloakSessionIsTakenOverOnlyOnceAndNoLogoutEndsIt() throws Exception {
        CabinetSessions otherServer = new CabinetSessions();
        otherServer.openId = openId(Map.of("sub", "d3e0c0de"), null);
        HttpServletRequest request = requestWith(session("browser-9"));

        assertThat(otherServer.tookOver(request)).isTrue();
        assertThat(otherServer.tookOver(request)).as("held from then on").isFalse();
        assertThat(otherServer.endAllOf("kc-session-1")).isZero();
        assertThat(invalidated.get("browser-9")).isFalse();
    }

    @Test
    void aForgedTokenEndsNothingAndIsAnswered400WithAJsonError() throws Exception {
        servlet.tokens = tokens();
        FakeHttp http = FakeHttp.request("POST", "/signout/backchannel").parameter("logout_token",
                LogoutTokensTest.signed(claims -> claims.issuer("http://evil.example/realms/cardhub")));

        servlet.doPost(http.request(), http.response());

        assertThat(http.status()).isEqualTo(400);
        assertThat(http.header("Content-Type")).startsWith("application/json");
        assertThat(Json.createReader(new StringReader(http.body())).readObject().getString("error")).isEqualTo("invalid_request");
        assertThat(invalidated.values()).noneMatch(AtomicBoolean::get);
        assertThat(toldEveryServer).isEmpty();
    }

    @Test
    void aSignInIsRecordedUnderTheIdTokensSession() {
        CabinetSessions recording = new CabinetSessions();
        recording.openId = openId(Map.of("sid", "kc-session-9", "sub", "d3e0c0de"), "refresh-9");
        HttpSession browser = session("browser-9");

        recording.signedIn(requestWith(browser));

        assertThat(recording.forget(browser)).contains(new CabinetSessions.SignedIn("kc-session-9", "refresh-9"));
        assertThat(recording.forget(browser)).isEmpty();
    }

    @Test
    void aSessionGivenANewIdIsStillEndedAndForgotten() throws Exception {
        sessions.renamed(session("browser-1").getId(), "browser-1-renamed");
        servlet.tokens = tokens();
        FakeHttp http = FakeHttp.request("POST", "/signout/backchannel")
                .parameter("logout_token", LogoutTokensTest.signed(claims -> claims));

        servlet.doPost(http.request(), http.response());

        assertThat(invalidated.get("browser-1")).isTrue();
    }

    @Test
    void anIdTokenWithoutSessionRecordsNothing() {
        CabinetSessions recording = new CabinetSessions();
        recording.openId = openId(Map.of("sub", "d3e0c0de"), null);
        HttpSession browser = session("browser-9");

        recording.signedIn(requestWith(browser));

        assertThat(recording.forget(browser)).isEmpty();
    }

    private static LogoutTokens tokens() throws Exception {
        if (LogoutTokensTest.tokens == null) {
            LogoutTokensTest.theRealmsKeys();
        }
        return LogoutTokensTest.tokens;
    }

    /** One session object per name, as the container hands the same session to every request of a browser. */
    private final Map<String, HttpSession> byName = new HashMap<>();

    private HttpSession session(String name) {
        return byName.computeIfAbsent(name, id -> {
            AtomicBoolean ended = new AtomicBoolean();
            invalidated.put(id, ended);
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpSession.class},
                    (proxy, called, args) -> switch (called.getName()) {
                        case "invalidate" -> {
                            ended.set(true);
                            yield null;
                        }
                        case "getId" -> id;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "session " + id;
                        default -> throw new UnsupportedOperationException("session." + called.getName());
                    });
        });
    }

    private static HttpServletRequest requestWith(HttpSession session) {
        return (HttpServletRequest) Proxy.newProxyInstance(BackChannelLogoutTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getSession" -> session;
                    default -> throw new UnsupportedOperationException("request." + called.getName());
                });
    }

    private static OpenIdContext openId(Map<String, Object> idTokenClaims, String refreshToken) {
        IdentityToken idToken = (IdentityToken) Proxy.newProxyInstance(BackChannelLogoutTest.class.getClassLoader(),
                new Class<?>[]{IdentityToken.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getClaims" -> idTokenClaims;
                    default -> throw new UnsupportedOperationException("idToken." + called.getName());
                });
        RefreshToken refresh = () -> refreshToken;
        return (OpenIdContext) Proxy.newProxyInstance(BackChannelLogoutTest.class.getClassLoader(),
                new Class<?>[]{OpenIdContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getIdentityToken" -> idToken;
                    case "getRefreshToken" -> Optional.ofNullable(refreshToken).map(token -> refresh);
                    default -> throw new UnsupportedOperationException("openId." + called.getName());
                });
    }
}
