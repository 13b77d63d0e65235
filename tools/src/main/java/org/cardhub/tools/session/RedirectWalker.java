package org.cardhub.tools.session;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows redirects as a browser does, one request at a time, so that each hop is seen: which host and port answered,
 * with what status, and whether the load balancer (re)assigned the node there ({@code Set-Cookie: CARDHUB_NODE=…}).
 * The client must not follow redirects itself ({@link HttpClient.Redirect#NEVER}); its cookie handler keeps the
 * cookies of every hop, as a browser's jar does.
 */
final class RedirectWalker {

    static final String NODE_COOKIE = "CARDHUB_NODE";
    static final int MAX_REDIRECTS = 20;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Cardhub-SignInCheck/1 (cardhub-tools)";

    private final HttpClient http;
    private final Duration timeout;

    RedirectWalker(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** One request and its answer: {@code nodeSet} is the node the load balancer assigned in that answer, or null. */
    record Hop(String method, URI uri, int status, String nodeSet) {

        String hostAndPort() {
            return uri.getHost() + ":" + port(uri);
        }

        @Override
        public String toString() {
            return method + " " + hostAndPort() + uri.getRawPath() + " -> " + status
                    + (nodeSet == null ? "" : " (" + NODE_COOKIE + "=" + nodeSet + ")");
        }
    }

    /** The requests from the first to the answer that was not a redirect, and that answer. */
    record Walk(List<Hop> hops, HttpResponse<String> last) {

        Walk {
            hops = List.copyOf(hops);
        }

        int redirects() {
            return hops.size() - 1;
        }

        URI end() {
            return last.uri();
        }

        String body() {
            return last.body();
        }

        boolean passedThrough(URI uri) {
            return hops.stream().anyMatch(hop -> sameResource(hop.uri(), uri));
        }
    }

    Walk get(URI uri) throws IOException, InterruptedException {
        return walk(request(uri).GET().build());
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}) and follows where it leads. */
    Walk postForm(URI uri, String form) throws IOException, InterruptedException {
        return walk(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private Walk walk(HttpRequest first) throws IOException, InterruptedException {
        List<Hop> hops = new ArrayList<>();
        HttpRequest request = first;
        while (true) {
            HttpResponse<String> response = send(request);
            hops.add(new Hop(request.method(), request.uri(), response.statusCode(), nodeSet(response).orElse(null)));
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                return new Walk(hops, response);
            }
            if (hops.size() > MAX_REDIRECTS) {
                throw new IOException("more than " + MAX_REDIRECTS + " redirects, a loop? " + hops);
            }
            request = next(request, response.statusCode(), location.get());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // a refused connection says nothing by itself (its message is often null): say which request it was,
            // without its query (a code, a session code)
            URI uri = request.uri();
            throw new IOException(request.method() + " " + uri.getScheme() + "://" + uri.getRawAuthority()
                    + uri.getRawPath() + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /** 307 and 308 repeat the request where they point; the others are followed with a GET, as browsers do. */
    private HttpRequest next(HttpRequest request, int status, String location) throws IOException {
        URI target;
        try {
            target = request.uri().resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(request.uri() + " redirected to '" + location + "', which is not a URL");
        }
        if ((status == 307 || status == 308) && request.bodyPublisher().isPresent()) {
            return HttpRequest.newBuilder(request, (name, value) -> true).uri(target).build();
        }
        return request(target).GET().build();
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private static Optional<String> nodeSet(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.regionMatches(true, 0, NODE_COOKIE + "=", 0, NODE_COOKIE.length() + 1))
                .map(cookie -> cookie.substring(NODE_COOKIE.length() + 1).split(";", 2)[0].strip())
                .reduce((first, last) -> last);
    }

    /** The same scheme, host, port and path: the query (a code, a state) does not make another place. */
    static boolean sameResource(URI one, URI other) {
        return one.getScheme().equalsIgnoreCase(other.getScheme()) && one.getHost().equalsIgnoreCase(other.getHost())
                && port(one) == port(other) && one.getPath().equals(other.getPath());
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
