package org.cardhub.tools.session;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The browser's cookie jar: every cookie accepted. Keycloak marks its cookies Secure even on http://localhost, where
 * browsers keep and send them (the loopback counts as a secure context) but Java's cookie manager would never send
 * them back over plain HTTP, and its single sign-on would be lost: from a loopback host over HTTP the flag is dropped.
 */
final class BrowserCookies extends CookieManager {

    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure\\s*(?=;|$)");

    BrowserCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
        if (!loopbackOverHttp(uri)) {
            super.put(uri, headers);
            return;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> kept.put(name,
                name != null && name.toLowerCase(Locale.ROOT).startsWith("set-cookie")
                        ? values.stream().map(cookie -> SECURE.matcher(cookie).replaceAll("")).toList() : values));
        super.put(uri, kept);
    }

    static boolean loopbackOverHttp(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return "http".equalsIgnoreCase(uri.getScheme()) && (host.equals("localhost") || host.endsWith(".localhost")
                || host.startsWith("127.") || host.equals("[::1]"));
    }
}
