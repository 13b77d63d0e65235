package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/** Keycloak 26's login page (keycloak.v2 theme, Russian, as the cardhub realm shows it), saved in test resources. */
class LoginFormTest {

    private static final URI LOGIN_PAGE = URI.create("http://localhost:8180/realms/cardhub/protocol/openid-connect/auth"
            + "?client_id=cardhub&response_type=code&state=s1");

    static String page(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(LoginFormTest.class.getResourceAsStream("/session/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFormsActionIsTheAuthenticateUrlWithItsAmpersandsDecodedNotTheLanguageOrResetLinks() throws IOException {
        LoginForm form = LoginForm.on(page("keycloak-26-login.html"), LOGIN_PAGE).orElseThrow();

        assertThat(form.action()).hasToString("http://localhost:8180/realms/cardhub/login-actions/authenticate"
                + "?session_code=7fQx2Lr9Vb0cN4aT1zKeWm8sYhDp3uJgRiO6nE5lCtA&execution=3d8c5b0e-1f7a-4c92-9e6b-2a4d7f01c3e5"
                + "&client_id=cardhub&tab_id=Qm3xv9LwT2k&client_data=eyJydSI6Imh0dHA6Ly9sb2NhbGhvc3Q6ODA4MC9jYXJkaHViL2NhbGxiYWNrIn0");
        assertThat(form.action().getQuery()).doesNotContain("&amp;");
    }

    @Test
    void theHiddenCredentialIdWithoutAValueIsSentEmptyWithTheNameAndThePassword() throws IOException {
        LoginForm form = LoginForm.on(page("keycloak-26-login.html"), LOGIN_PAGE).orElseThrow();

        assertThat(form.hidden()).containsExactly(Map.entry("credentialId", ""));
        assertThat(fields(form.filledIn("parent", "Demo-pass-1 &=+ü"))).containsExactly(Map.entry("credentialId", ""),
                Map.entry("username", "parent"), Map.entry("password", "Demo-pass-1 &=+ü"));
    }

    @Test
    void otherFormsOnThePageAreNotTheLoginForm() {
        String html = "<form id=\"kc-select-try-another-way-form\" action=\"/other?a=1&amp;b=2\" method=\"post\">"
                + "<input type=\"hidden\" name=\"tryAnotherWay\" value=\"on\"/></form>"
                + "<form method='post' action='authenticate?session_code=c&amp;tab_id=t' id='kc-form-login'>"
                + "<INPUT TYPE='HIDDEN' NAME='credentialId' VALUE='cred-1'><input name='username'></form>";

        LoginForm form = LoginForm.on(html, LOGIN_PAGE).orElseThrow();

        assertThat(form.action()).hasToString("http://localhost:8180/realms/cardhub/protocol/openid-connect/"
                + "authenticate?session_code=c&tab_id=t");
        assertThat(form.hidden()).containsExactly(Map.entry("credentialId", "cred-1"));
    }

    @Test
    void aCabinetPageHasNoLoginForm() {
        String cabinet = "<span class=\"signed-in\">Вы вошли как <strong id=\"signed-in-user\">Петрова Анна</strong>"
                + " (<span id=\"signed-in-username\">parent</span>)</span>";

        assertThat(LoginForm.on(cabinet, LOGIN_PAGE)).isEmpty();
        assertThat(LoginForm.shownOn(cabinet)).isFalse();
    }

    @Test
    void aRefusedPasswordIsReadFromUnderTheFieldsAndAnAlertOfTheOlderTheme() throws IOException {
        assertThat(LoginForm.error(page("keycloak-26-login-refused.html")))
                .contains("Неправильное имя пользователя или пароль.");
        assertThat(LoginForm.error(page("keycloak-26-login.html"))).isEmpty();
        assertThat(LoginForm.error("<span class=\"pf-c-alert__title kc-feedback-text\">Invalid username or password."
                + "</span>")).contains("Invalid username or password.");
    }

    @Test
    void characterReferencesAreDecoded() {
        assertThat(Html.unescape("a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#x2F;f&apos;&unknown;"))
                .isEqualTo("a&b<c>\"d\"'e/f'&unknown;");
    }

    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> fields.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return fields;
    }
}
