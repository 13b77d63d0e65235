package org.cardhub.cabinet.guard;

import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Faces postback changes things only when it comes by POST. */
class PostbackOnlyByPostTest {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String NOTIFICATIONS = "/cabinet/parent/notifications.xhtml";

    @Test
    void aPostbackByGetIsRefusedWith400InRussianThenEnglishAndNeverReachesFaces() throws Exception {
        FakeHttp http = FakeHttp.request("GET", NOTIFICATIONS)
                .parameter(VIEW_STATE, "-123:456").parameter("notifications:save", "notifications:save");

        new PostbackOnlyByPost().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn()).isFalse();
        assertThat(http.status()).isEqualTo(400);
        assertThat(http.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(http.body()).contains("Неверный запрос", "Bad request");
        assertThat(http.body().indexOf("Неверный запрос")).isLessThan(http.body().indexOf("Bad request"));
        assertThat(http.body()).doesNotContain("Exception");
    }

    @Test
    void otherMethodsThanPostCarryingAViewStateAreRefusedToo() throws Exception {
        for (String method : new String[]{"HEAD", "PUT", "DELETE"}) {
            FakeHttp http = FakeHttp.request(method, NOTIFICATIONS).parameter(VIEW_STATE, "-123:456");

            new PostbackOnlyByPost().doFilter(http.request(), http.response(), http.chain());

            assertThat(http.status()).as(method).isEqualTo(400);
            assertThat(http.passedOn()).as(method).isFalse();
        }
    }

    @Test
    void aPostbackByPostAndAPlainGetGoOnToFaces() throws Exception {
        FakeHttp post = FakeHttp.request("POST", NOTIFICATIONS).parameter(VIEW_STATE, "-123:456");
        FakeHttp get = FakeHttp.request("GET", NOTIFICATIONS);

        new PostbackOnlyByPost().doFilter(post.request(), post.response(), post.chain());
        new PostbackOnlyByPost().doFilter(get.request(), get.response(), get.chain());

        assertThat(post.passedOn()).isTrue();
        assertThat(get.passedOn()).isTrue();
        assertThat(get.status()).isEqualTo(200);
    }

    @Test
    void machinePathsAreLeftToTheirOwnGuards() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/api/v1/contracts").parameter(VIEW_STATE, "x");

        new PostbackOnlyByPost().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn()).isTrue();
    }
}
