package org.cardhub.tools.session;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sign-in the tool walks through, played on the loopback by two little servers of the test's own: "the cabinet"
 * (behind its load balancer: it hands out {@code CARDHUB_NODE} as HAProxy's {@code insert indirect} does) and "Keycloak"
 * (its login form is the saved Keycloak 26 page; its single sign-on a Secure cookie, as Keycloak sets it). The
 * cabinet keeps the state of a sign-in under way in the session, answers its return at {@code /callback} and goes on
 * to {@code /cabinet}, which sends each person to their home, as the application does.
 */
final class FakeCabinetAndKeycloak implements AutoCloseable {

    static final String PASSWORD = "Demo-pass-1";
    private static final Map<String, String> CABINETS = Map.of("parent", "parent", "parent2", "parent", "fleet", "corporate");
    private static final String SESSION_CODE = "7fQx2Lr9Vb0cN4aT1zKeWm8sYhDp3uJgRiO6nE5lCtA";
    private static final String TAB_ID = "Qm3xv9LwT2k";

    private final HttpServer cabinet;
    private final HttpServer keycloak;
    private final String loginPage;
    private final String refusedPage;
    private final Map<String, AppSession> appSessions = new ConcurrentHashMap<>();
    private final Map<String, String> singleSignOn = new ConcurrentHashMap<>();
    private final Map<String, String> loginsUnderWay = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicInteger passwordsPosted = new AtomicInteger();
    private volatile String node = "cardhub-1";

    private static final class AppSession {
        volatile String state;
        volatile String user;
    }

    FakeCabinetAndKeycloak() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        cabinet = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        keycloak = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        loginPage = LoginFormTest.page("keycloak-26-login.html").replace("http://localhost:8180", keycloakUrl());
        refusedPage = LoginFormTest.page("keycloak-26-login-refused.html").replace("http://localhost:8180", keycloakUrl());
        cabinet.createContext("/cardhub/", exchange -> answer(exchange, this::cabinet));
        keycloak.createContext("/realms/cardhub/", exchange -> answer(exchange, this::keycloak));
        cabinet.start();
        keycloak.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + cabinet.getAddress().getPort() + "/cardhub";
    }

    String keycloakHostAndPort() {
        return "127.0.0.1:" + keycloak.getAddress().getPort();
    }

    String cabinetHostAndPort() {
        return "127.0.0.1:" + cabinet.getAddress().getPort();
    }

    /** The instance that had the sessions is gone; the load balancer sends everyone to {@code other}. */
    void failOverTo(String other, boolean sessionsReplicated) {
        node = other;
        if (!sessionsReplicated) {
            appSessions.clear();
        }
    }

    /** Keycloak's single sign-on sessions end (they timed out, or the person signed out elsewhere). */
    void endKeycloakSessions() {
        singleSignOn.clear();
    }

    int passwordsPosted() {
        return passwordsPosted.get();
    }

    @Override
    public void close() {
        cabinet.stop(0);
        keycloak.stop(0);
    }

    private String keycloakUrl() {
        return "http://" + keycloakHostAndPort();
    }

    private void cabinet(HttpExchange exchange, Map<String, String> cookies, Map<String, String> query) throws IOException {
        if (!node.equals(cookies.get(RedirectWalker.NODE_COOKIE))) {
            exchange.getResponseHeaders().add("Set-Cookie", RedirectWalker.NODE_COOKIE + "=" + node
                    + "; path=/; HttpOnly; SameSite=Lax");
        }
        AppSession session = appSessions.get(cookies.getOrDefault("JSESSIONID", ""));
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/cardhub/callback")) {
            String user = codes.remove(query.getOrDefault("code", ""));
            if (session == null || user == null || !query.getOrDefault("state", "").equals(session.state)) {
                send(exchange, 400, "<h1>Страница устарела</h1>");
                return;
            }
            session.user = user;
            redirect(exchange, "/cardhub/cabinet");
        } else if (session == null || session.user == null) {
            challenge(exchange, session);
        } else if (path.equals("/cardhub/cabinet")) {
            redirect(exchange, "/cardhub/cabinet/" + CABINETS.get(session.user) + "/index.xhtml");
        } else if (path.equals("/cardhub/cabinet/" + CABINETS.get(session.user) + "/index.xhtml")) {
            send(exchange, 200, "<span class=\"signed-in\">Вы вошли как <strong id=\"signed-in-user\">" + session.user
                    + "</strong> (<span id=\"signed-in-username\">" + session.user + "</span>)</span>");
        } else {
            send(exchange, 403, "<h1>Доступ запрещён</h1>");
        }
    }

    /** As the OpenID Connect mechanism: a state kept in the session, and the browser sent to Keycloak. */
    private void challenge(HttpExchange exchange, AppSession existing) throws IOException {
        AppSession session = existing;
        if (session == null) {
            session = new AppSession();
            String id = UUID.randomUUID().toString();
            appSessions.put(id, session);
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + id + "; Path=/cardhub; HttpOnly; SameSite=Lax");
        }
        session.state = UUID.randomUUID().toString();
        redirect(exchange, keycloakUrl() + "/realms/cardhub/protocol/openid-connect/auth?response_type=code"
                + "&client_id=cardhub&scope=openid&state=" + session.state + "&redirect_uri="
                + URLEncoder.encode(baseUrl() + "/callback", StandardCharsets.UTF_8));
    }

    private void keycloak(HttpExchange exchange, Map<String, String> cookies, Map<String, String> query) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/realms/cardhub/protocol/openid-connect/auth")) {
            String user = singleSignOn.get(cookies.getOrDefault("KEYCLOAK_IDENTITY", ""));
            if (user != null) {
                backWithCode(exchange, query.get("redirect_uri") + "?state=" + query.get("state"), user);
                return;
            }
            String login = UUID.randomUUID().toString();
            loginsUnderWay.put(login, query.get("redirect_uri") + "?state=" + query.get("state"));
            exchange.getResponseHeaders().add("Set-Cookie", "AUTH_SESSION_ID=" + login
                    + "; Path=/realms/cardhub/; SameSite=None; Secure; HttpOnly");
            send(exchange, 200, loginPage);
        } else if (path.equals("/realms/cardhub/login-actions/authenticate") && exchange.getRequestMethod().equals("POST")) {
            passwordsPosted.incrementAndGet();
            String returnTo = loginsUnderWay.get(cookies.getOrDefault("AUTH_SESSION_ID", ""));
            if (returnTo == null || !SESSION_CODE.equals(query.get("session_code")) || !TAB_ID.equals(query.get("tab_id"))
                    || !"cardhub".equals(query.get("client_id"))) {
                send(exchange, 400, "<p id=\"kc-error-message\">Cookie not found or the form's URL was garbled</p>");
                return;
            }
            Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String user = form.getOrDefault("username", "");
            if (!form.containsKey("credentialId") || !CABINETS.containsKey(user) || !PASSWORD.equals(form.get("password"))) {
                send(exchange, 200, refusedPage);
                return;
            }
            String identity = UUID.randomUUID().toString();
            singleSignOn.put(identity, user);
            exchange.getResponseHeaders().add("Set-Cookie", "KEYCLOAK_IDENTITY=" + identity
                    + "; Path=/realms/cardhub/; SameSite=None; Secure; HttpOnly");
            backWithCode(exchange, returnTo, user);
        } else {
            send(exchange, 404, "not here");
        }
    }

    private void backWithCode(HttpExchange exchange, String returnTo, String user) throws IOException {
        String code = UUID.randomUUID().toString();
        codes.put(code, user);
        redirect(exchange, returnTo + "&session_state=s1&iss=" + URLEncoder.encode(keycloakUrl() + "/realms/cardhub",
                StandardCharsets.UTF_8) + "&code=" + code);
    }

    private interface Handler {
        void handle(HttpExchange exchange, Map<String, String> cookies, Map<String, String> query) throws IOException;
    }

    private static void answer(HttpExchange exchange, Handler handler) {
        try (exchange) {
            Map<String, String> cookies = new HashMap<>();
            exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()).forEach(header ->
                    Arrays.stream(header.split(";")).map(String::strip).filter(pair -> pair.contains("="))
                            .filter(pair -> !pair.startsWith("$"))
                            .forEach(pair -> cookies.put(pair.substring(0, pair.indexOf('=')),
                                    pair.substring(pair.indexOf('=') + 1).replace("\"", ""))));
            handler.handle(exchange, cookies, parameters(exchange.getRequestURI().getRawQuery()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> parameters.put(
                    URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        }
        return parameters;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", URI.create(location).toString());
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
