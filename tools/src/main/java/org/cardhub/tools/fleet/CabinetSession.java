package org.cardhub.tools.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the running Cardhub's cabinet as a browser would be: the application sends them to Keycloak's
 * login form, the form is posted with their name and password, and the cookies of both carry the session on. Pages
 * are then fetched and Faces forms posted (partial requests, with the view state of the page they came from). Public for
 * the benchmarks of the other cabinets (the parent's).
 */
public final class CabinetSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final String app;

    private CabinetSession(String app) {
        this.app = app;
    }

    /** Signs in at {@code app} (e.g. http://localhost:8080/cardhub) as {@code user}, a person of the corporate cabinet. */
    static CabinetSession signIn(String app, String user, String password) throws IOException, InterruptedException {
        return signIn(app, user, password, "/cabinet/corporate/index.xhtml");
    }

    /** Signs in as {@code user} on the way to {@code home}, a page of their own cabinet. */
    public static CabinetSession signIn(String app, String user, String password, String home) throws IOException, InterruptedException {
        CabinetSession session = new CabinetSession(app);
        HttpResponse<String> login = session.get(home);
        String action = loginAction(login.body());
        HttpResponse<String> signedIn = session.http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "credentialId", ""))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || !signedIn.uri().getPath().contains("/cabinet/")) {
            throw new IOException("signing in as " + user + " ended at " + signedIn.uri() + " with " + signedIn.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file read to its end, as a download would; the response's body is the number of bytes. */
    HttpResponse<Long> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).timeout(Duration.ofMinutes(5)).GET().build(),
                info -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), CabinetSession::drain));
    }

    /**
     * A plain form post of a script (not a page): with the header {@code X-Requested-With}, which the application's
     * script endpoints ask for (a form of another site cannot send it); no time limit.
     */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).header("X-Requested-With", "cardhub-tools")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Faces partial (ajax) request of a form on the page whose view state is given, as PrimeFaces sends it. */
    HttpResponse<String> postPartial(String path, String viewState, String form, String source, Map<String, String> fields)
            throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        body.add(form(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                "jakarta.faces.partial.execute", form, "jakarta.faces.partial.render", form, source, source, form, form,
                "jakarta.faces.ViewState", viewState)));
        if (!fields.isEmpty()) {
            body.add(form(fields));
        }
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String loginAction(String html) throws IOException {
        Matcher action = LOGIN_FORM.matcher(html);
        if (!action.find()) {
            throw new IOException("no Keycloak login form where the cabinet sent us");
        }
        return action.group(1).replace("&amp;", "&");
    }

    /** The page's script nonce, which PrimeFaces sends back with each ajax request under its content security policy. */
    static String cspNonce(String html) throws IOException {
        Matcher nonce = CSP_NONCE.matcher(html);
        if (!nonce.find()) {
            throw new IOException("no PrimeFaces script nonce on the page");
        }
        return nonce.group(1);
    }

    static String viewState(String html) throws IOException {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IOException("no Faces view state on the page");
        }
        return state.group(1);
    }

    private static String form(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /**
     * Keycloak marks its cookies Secure even on http://localhost, where browsers keep and send them but Java's cookie
     * manager would not send them back over plain HTTP: on the loopback the flag is dropped.
     */
    private static final class LoopbackCookies extends CookieManager {
        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            headers.forEach((name, values) -> insecure.put(name, "Set-Cookie".equalsIgnoreCase(name)
                    ? values.stream().map(cookie -> cookie.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            super.put(uri, insecure);
        }
    }

    private static long drain(InputStream in) {
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
            return total;
        } catch (IOException broken) {
            throw new java.io.UncheckedIOException(broken);
        }
    }
}
