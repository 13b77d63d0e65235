package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.PartnerRestIT.assertProblem;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.exchange;
import static org.cardhub.it.RunningCardhub.get;

/**
 * Each partner is held to its own request rate on every machine path: agent-other (20 a second, burst
 * 20) runs over it, agent-demo at the same time does not notice.
 */
class PartnerRestRateLimitIT {

    private static final int QUICK_REQUESTS = 60;

    private static String agentOther;
    private static String agentDemo;

    @BeforeAll
    static void tokens() {
        agentOther = clientToken("agent-other", "agent-other-secret");
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
    }

    /** agent-other's bucket fills again within a second and a half; the next test (or class) starts with it full. */
    @AfterEach
    void letTheBucketRefill() throws InterruptedException {
        Thread.sleep(1500);
    }

    @Test
    void sixtyQuickRequestsOfATwentyPerSecondPartnerAreCutOffWith429WhileAnotherPartnerPasses() throws Exception {
        List<HttpResponse<String>> other = new ArrayList<>();
        List<HttpResponse<String>> demo = new ArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<String>>> otherCalls = new ArrayList<>();
            List<Future<HttpResponse<String>>> demoCalls = new ArrayList<>();
            for (int i = 0; i < QUICK_REQUESTS; i++) {
                otherCalls.add(pool.submit(call(API + "/caller", agentOther)));
                demoCalls.add(pool.submit(call(API + "/caller", agentDemo)));
            }
            for (int i = 0; i < QUICK_REQUESTS; i++) {
                other.add(otherCalls.get(i).get());
                demo.add(demoCalls.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(other).extracting(HttpResponse::statusCode).containsOnly(200, 429).contains(200, 429);
        assertThat(other).filteredOn(response -> response.statusCode() == 429).allSatisfy(response -> {
            assertProblem(response, 429, "RATE_LIMITED");
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isGreaterThanOrEqualTo(1));
        });
        assertThat(demo).extracting(HttpResponse::statusCode).containsOnly(200);
    }

    @Test
    void thePaymentAgentProtocolIsLimitedTooAndAnswersInItsOwnFormat() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < QUICK_REQUESTS; i++) {
                calls.add(pool.submit(call(APP + "/agent?command=check&txn_id=" + (1000 + i)
                        + "&account=%2B79001234567&sum=1.00", agentOther)));
            }
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(HttpResponse::statusCode).contains(429);
        assertThat(answers).filteredOn(response -> response.statusCode() == 429).allSatisfy(response -> {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
            assertThat(response.body()).contains("<response>").contains("<result>1</result>");
        });
    }

    private static Callable<HttpResponse<String>> call(String url, String token) {
        return () -> exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }
}
