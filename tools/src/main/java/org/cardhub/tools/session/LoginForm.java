package org.cardhub.tools.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's login form as its page shows it ({@code <form id="kc-form-login" action="…">}, the fields
 * {@code username} and {@code password}, the hidden {@code credentialId}): where it posts to and the hidden fields a
 * browser would send with the name and password.
 *
 * @param action the URL the form posts to, its {@code &amp;} turned back into {@code &}
 * @param hidden the form's hidden inputs, by name, in their order
 */
record LoginForm(URI action, Map<String, String> hidden) {

    static final String ID = "kc-form-login";

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_END = Pattern.compile("</form\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT_TAG = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** The message under the fields (keycloak.v2 theme), or the alert above the form (the older keycloak theme). */
    private static final Pattern ERROR = Pattern.compile("id=\"input-error(?!-container)[^\"]*\"[^>]*>"
            + "(?:\\s*<[^>]+>)*\\s*([^<]*\\S)\\s*<"
            + "|class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>\\s*([^<]*\\S)\\s*<");

    LoginForm {
        hidden = Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
    }

    /** The login form on the page {@code html} that was read from {@code page}, if it shows one. */
    static Optional<LoginForm> on(String html, URI page) {
        Matcher tag = FORM_TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = Html.attributes(tag.group());
            if (!ID.equals(attributes.get("id"))) {
                continue;
            }
            URI action = page.resolve(attributes.getOrDefault("action", "").strip());
            Matcher end = FORM_END.matcher(html);
            String body = html.substring(tag.end(), end.find(tag.end()) ? end.start() : html.length());
            return Optional.of(new LoginForm(action, hiddenInputs(body)));
        }
        return Optional.empty();
    }

    /** Whether the page is Keycloak asking for the password: the person is not signed in there. */
    static boolean shownOn(String html) {
        return html != null && html.contains(ID);
    }

    /** What Keycloak says is wrong under or above its form (a wrong password), if it says anything. */
    static Optional<String> error(String html) {
        Matcher error = ERROR.matcher(html);
        if (!error.find()) {
            return Optional.empty();
        }
        return Optional.of(Html.unescape(error.group(1) != null ? error.group(1) : error.group(2)));
    }

    /** The form as a browser posts it: the hidden fields, then the name and the password. */
    String filledIn(String user, String password) {
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.put("username", user);
        fields.put("password", password);
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static Map<String, String> hiddenInputs(String form) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = INPUT_TAG.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = Html.attributes(input.group());
            String name = attributes.get("name");
            if (name != null && "hidden".equals(attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT))) {
                hidden.put(name, attributes.getOrDefault("value", ""));
            }
        }
        return hidden;
    }
}
