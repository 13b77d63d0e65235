package org.cardhub.cabinet.guard;

import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void cabinetPagesAreNeitherSniffedNorReferredNorKept() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/cabinet/parent/index.xhtml");

        new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.passedOn()).isTrue();
        assertThat(http.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(http.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void stylesheetsAndScriptsMayBeCachedButNotSniffed() throws Exception {
        FakeHttp http = FakeHttp.request("GET", "/jakarta.faces.resource/cardhub/cardhub.css.xhtml");

        new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

        assertThat(http.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.header("Cache-Control")).isNull();
    }

    @Test
    void machinePathsKeepTheirOwnHeaders() throws Exception {
        for (String path : new String[]{"/api/v1/contracts", "/soap/agent", "/agent", "/api-docs/index.html"}) {
            FakeHttp http = FakeHttp.request("GET", path);

            new SecurityHeaders().doFilter(http.request(), http.response(), http.chain());

            assertThat(http.passedOn()).as(path).isTrue();
            assertThat(http.header("Cache-Control")).as(path).isNull();
            assertThat(http.header("Referrer-Policy")).as(path).isNull();
        }
    }
}
