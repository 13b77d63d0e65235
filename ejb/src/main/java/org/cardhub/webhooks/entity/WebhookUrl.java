package org.cardhub.webhooks.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a partner wants its events: an https URL; plain http only to this machine (localhost, 127.0.0.1, [::1]) and
 * only where the installation allows it ({@code cardhub.webhooks.allow-local-http}, for tests and the demo), so no
 * event and no signature ever crosses a network unencrypted.
 */
public record WebhookUrl(URI uri) {

    public static final int MAX_LENGTH = 500;

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    public static WebhookUrl parse(String text, boolean allowLocalHttp) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.URL_FORMAT,
                    "A webhook URL is an absolute https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.URL_FORMAT, "Not a URL: " + e.getReason());
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.URL_FORMAT,
                    "A webhook URL is absolute, names a host, and has neither user info nor a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = THIS_MACHINE.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && local && allowLocalHttp)) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.URL_NOT_HTTPS,
                    "A webhook URL must be https" + (allowLocalHttp ? " (plain http only to localhost)" : ""));
        }
        return new WebhookUrl(uri);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
