package org.cardhub.api;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsTest {

    @Test
    void theNextLinkIsAPathNeverTheHostTheCallerNamed() {
        String link = Feeds.nextLink(URI.create("http://evil.example/cardhub/api/v1/cards/7/transactions?limit=2"), "ZTQy");

        assertThat(link).isEqualTo("</cardhub/api/v1/cards/7/transactions?limit=2&cursor=ZTQy>; rel=\"next\"")
                .doesNotContain("evil.example");
    }

    @Test
    void theNextCursorReplacesTheOneTheRequestHad() {
        assertThat(Feeds.nextLink(URI.create("http://localhost:8080/cardhub/api/v1/contracts/F-00000001/transactions"
                + "?cursor=old&from=2025-01-01T00:00:00Z&cursor&limit=2"), "bmV3"))
                .isEqualTo("</cardhub/api/v1/contracts/F-00000001/transactions?from=2025-01-01T00:00:00Z&limit=2&cursor=bmV3>;"
                        + " rel=\"next\"");
    }

    @Test
    void aRequestWithoutAQueryGetsOnlyTheCursor() {
        assertThat(Feeds.nextLink(URI.create("https://a.example:9/cardhub/api/v1/cards/7/transactions"), "a+b/c"))
                .isEqualTo("</cardhub/api/v1/cards/7/transactions?cursor=a%2Bb%2Fc>; rel=\"next\"");
    }
}
