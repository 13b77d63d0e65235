package org.cardhub.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.exchange;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;

/**
 * The acquirer emulator the launcher started with the rest (a stand-in for YooKassa, docs/acquiring-api.md): it answers
 * on 127.0.0.1:8091, knows the demo shop the launcher gave Payara, and refuses other credentials.
 */
class AcquirerEmulatorIT {

    static final String EMULATOR = "http://127.0.0.1:8091";
    static final String DEMO_SHOP = "100500";
    static final String DEMO_SECRET = "test_demo-shop-secret";

    @Test
    void itIsHealthy() {
        HttpResponse<String> health = get(EMULATOR + "/emulator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().strip()).isEqualTo("ok");
    }

    @Test
    void itRefusesCredentialsOtherThanTheDemoShopsAndKnowsTheDemoShop() {
        HttpResponse<String> wrong = paymentAs(DEMO_SHOP, "guessed-secret");
        HttpResponse<String> demo = paymentAs(DEMO_SHOP, DEMO_SECRET);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong.body()).getString("code")).isEqualTo("invalid_credentials");
        assertThat(demo.statusCode()).as("an unknown payment of a known shop").isEqualTo(404);
        assertThat(json(demo.body()).getString("code")).isEqualTo("not_found");
    }

    private static HttpResponse<String> paymentAs(String shop, String secret) {
        String credentials = Base64.getEncoder().encodeToString((shop + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(URI.create(EMULATOR + "/api/v3/payments/2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .GET().build());
    }
}
