package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cardhub.tools.session.RedirectWalker.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedirectWalkerTest {

    private HttpServer server;
    private BrowserCookies cookies;
    private RedirectWalker walker;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 8);
        server.createContext("/app/start", exchange -> redirect(exchange, 302, "next?step=2",
                "CARDHUB_NODE=cardhub-1; path=/; HttpOnly"));
        server.createContext("/app/next", exchange -> redirect(exchange, 302, "/app/echo", null));
        server.createContext("/app/form", exchange -> redirect(exchange, 303, "/app/echo", null));
        server.createContext("/app/moved", exchange -> redirect(exchange, 307, "/app/echo", null));
        server.createContext("/app/loop", exchange -> redirect(exchange, 302, "/app/loop", null));
        server.createContext("/app/echo", exchange -> {
            byte[] body = (exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8) + " cookie=" + exchange.getRequestHeaders().getFirst("Cookie"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        cookies = new BrowserCookies();
        walker = new RedirectWalker(HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachHopIsRecordedWithItsHostPortStatusAndTheNodeTheLoadBalancerSet() throws Exception {
        Walk walk = walker.get(URI.create(base + "/app/start"));

        String here = "127.0.0.1:" + server.getAddress().getPort();
        assertThat(walk.hops()).extracting(Object::toString).containsExactly(
                "GET " + here + "/app/start -> 302 (CARDHUB_NODE=cardhub-1)",
                "GET " + here + "/app/next -> 302",
                "GET " + here + "/app/echo -> 200");
        assertThat(walk.hops().get(0).hostAndPort()).isEqualTo(here);
        assertThat(walk.redirects()).isEqualTo(2);
        assertThat(walk.end()).hasToString(base + "/app/echo");
        assertThat(walk.body()).isEqualTo("GET  cookie=CARDHUB_NODE=cardhub-1");
        assertThat(walk.passedThrough(URI.create(base + "/app/next?step=other"))).isTrue();
        assertThat(walk.passedThrough(URI.create(base + "/app/form"))).isFalse();
    }

    @Test
    void aFormPostedAndRedirectedWith303IsFollowedWithAGetAnd307RepeatsThePost() throws Exception {
        assertThat(walker.postForm(URI.create(base + "/app/form"), "a=1").body()).startsWith("GET  ");
        assertThat(walker.postForm(URI.create(base + "/app/moved"), "a=1").body()).startsWith("POST a=1");
    }

    @Test
    void aRedirectLoopEndsWithAnErrorNamingTheHops() {
        assertThatThrownBy(() -> walker.get(URI.create(base + "/app/loop"))).isInstanceOf(IOException.class)
                .hasMessageContaining("more than " + RedirectWalker.MAX_REDIRECTS + " redirects")
                .hasMessageContaining("/app/loop -> 302");
    }

    @Test
    void theCabinetSendsAStrangerToKeycloaksLoginFormOnItsOtherPort() throws Exception {
        try (FakeCabinetAndKeycloak servers = new FakeCabinetAndKeycloak()) {
            Walk walk = walker.get(URI.create(servers.baseUrl() + "/cabinet/parent/index.xhtml"));

            assertThat(walk.hops()).extracting(RedirectWalker.Hop::hostAndPort)
                    .containsExactly(servers.cabinetHostAndPort(), servers.keycloakHostAndPort());
            assertThat(walk.hops().get(0).nodeSet()).isEqualTo("cardhub-1");
            assertThat(walk.last().statusCode()).isEqualTo(200);
            assertThat(LoginForm.on(walk.body(), walk.end()).orElseThrow().action())
                    .hasToString("http://" + servers.keycloakHostAndPort() + "/realms/cardhub/login-actions/authenticate"
                            + "?session_code=7fQx2Lr9Vb0cN4aT1zKeWm8sYhDp3uJgRiO6nE5lCtA"
                            + "&execution=3d8c5b0e-1f7a-4c92-9e6b-2a4d7f01c3e5&client_id=cardhub&tab_id=Qm3xv9LwT2k"
                            + "&client_data=eyJydSI6Imh0dHA6Ly9sb2NhbGhvc3Q6ODA4MC9jYXJkaHViL2NhbGxiYWNrIn0");
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location, String cookie) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Location", location);
        if (cookie != null) {
            exchange.getResponseHeaders().add("Set-Cookie", cookie);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
