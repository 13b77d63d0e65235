package org.cardhub.webhooks.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlTest {

    @Test
    void anHttpsUrlIsTaken() {
        assertThat(WebhookUrl.parse("https://partner.example.org/hooks/cardhub?x=1", false))
                .hasToString("https://partner.example.org/hooks/cardhub?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8099/hook", "http://127.0.0.1:41234/", "http://[::1]:5000/h"})
    void plainHttpToThisMachineIsTakenOnlyWhereTheInstallationAllowsIt(String url) {
        assertThat(WebhookUrl.parse(url, true)).hasToString(url);
        assertCode(url, false, InvalidWebhookException.Code.URL_NOT_HTTPS);
    }

    @Test
    void plainHttpElsewhereIsRefusedEvenWhereLocalHttpIsAllowed() {
        assertCode("http://partner.example.org/hook", true, InvalidWebhookException.Code.URL_NOT_HTTPS);
        assertCode("ftp://partner.example.org/hook", true, InvalidWebhookException.Code.URL_NOT_HTTPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "partner.example.org/hook", "https:///nohost", "https://user:pw@partner.example.org/",
            "https://partner.example.org/#frag", "https://exa mple.org/", "mailto:ops@example.org"})
    void somethingThatIsNotAUsableUrlIsRefused(String url) {
        assertCode(url, true, InvalidWebhookException.Code.URL_FORMAT);
    }

    @Test
    void aUrlLongerThanTheColumnIsRefused() {
        assertCode("https://partner.example.org/" + "a".repeat(WebhookUrl.MAX_LENGTH), false,
                InvalidWebhookException.Code.URL_FORMAT);
    }

    private static void assertCode(String url, boolean allowLocalHttp, InvalidWebhookException.Code code) {
        assertThatThrownBy(() -> WebhookUrl.parse(url, allowLocalHttp)).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).code()).isEqualTo(code);
    }
}
