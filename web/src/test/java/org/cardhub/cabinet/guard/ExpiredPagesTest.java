package org.cardhub.cabinet.guard;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An expired or made-up view state is answered with "page expired, sign in again", not with a server error. */
class ExpiredPagesTest {

    @Test
    void anExpiredViewIsRecognisedHoweverDeeplyFacesWrappedIt() {
        var expired = new ViewExpiredException("gone", "/cabinet/parent/notifications.xhtml");

        assertThat(ExpiredViewHandler.isExpiredView(expired)).isTrue();
        assertThat(ExpiredViewHandler.isExpiredView(new FacesException(new FacesException(expired)))).isTrue();
        assertThat(ExpiredViewHandler.isExpiredView(new FacesException(new IllegalStateException("bug")))).isFalse();
    }

    @Test
    void theExpiredPageAnswers400RussianFirstWithASignInLinkAndAStrictPolicy() throws Exception {
        FakeHttp http = FakeHttp.request("POST", "/expired");

        new ExpiredPageServlet().service(http.request(), http.response());

        assertThat(http.status()).isEqualTo(400);
        assertThat(http.header("Cache-Control")).isEqualTo("no-store");
        assertThat(http.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        String page = http.body();
        assertThat(page).contains("Страница устарела", "Войти снова", "Page expired", "Sign in again",
                "href=\"/cardhub/cabinet\"");
        assertThat(page.indexOf("Страница устарела")).isLessThan(page.indexOf("Page expired"));
        assertThat(page).doesNotContain("<script");
    }

    @Test
    void thePagesTextIsEscaped() {
        assertThat(NoticePage.POST_ONLY.html("/a\"<b>")).contains("/a&quot;&lt;b&gt;").doesNotContain("/a\"<b>");
    }
}
