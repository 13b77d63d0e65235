package org.cardhub.cabinet.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A short page written without Faces, Russian first and English below, for requests Faces must not
 * handle: a postback that came by GET, an expired page, a sign-in callback without a sign-in under way.
 */
public enum NoticePage {
    EXPIRED("error.expired", true),
    POST_ONLY("error.postOnly", false);

    /** Nothing on the page runs or loads except the application's own stylesheet. */
    static final String POLICY = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final String keyPrefix;
    private final boolean offersSignIn;

    NoticePage(String keyPrefix, boolean offersSignIn) {
        this.keyPrefix = keyPrefix;
        this.offersSignIn = offersSignIn;
    }

    public void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (!response.isCommitted()) {
            response.reset();
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(html(request.getContextPath()).getBytes(StandardCharsets.UTF_8));
    }

    String html(String contextPath) {
        ResourceBundle russian = ResourceBundle.getBundle(BUNDLE, RUSSIAN);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String context = escape(contextPath);
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(russian.getString(keyPrefix + ".title")) + " — Cardhub</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/cardhub/cardhub.css.xhtml\"/>"
                + "</head><body><main><section class=\"error-page\" id=\"" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">"
                + block(russian, context, "ru")
                + block(english, context, "en")
                + "</section></main></body></html>";
    }

    private String block(ResourceBundle text, String context, String language) {
        String signIn = offersSignIn
                ? "<p><a class=\"ui-button\" href=\"" + context + "/cabinet\">" + escape(text.getString(keyPrefix + ".signIn")) + "</a></p>"
                : "";
        return "<div lang=\"" + language + "\"><h1>" + escape(text.getString(keyPrefix + ".title")) + "</h1>"
                + "<p>" + escape(text.getString(keyPrefix + ".text")) + "</p>" + signIn
                + "<p><a href=\"" + context + "/\">" + escape(text.getString("error.toHome")) + "</a></p></div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
