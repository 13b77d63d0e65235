package org.cardhub.acquiring.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.cardhub.acquiring.entity.PaymentRequest;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client speaks to a stand-in for the acquirer on a local port: it signs in with the shop's id and secret, sends
 * its idempotence key, reads the payment, and turns the acquirer's errors and silences into clear exceptions.
 */
class YooKassaClientTest {

    private static final String PAYMENT = """
            {"id":"p-1","status":"pending","paid":false,"amount":{"value":"1015.00","currency":"RUB"},
             "confirmation":{"type":"redirect","confirmation_url":"http://127.0.0.1:8091/checkout/p-1"},
             "metadata":{"cardhub_payment":"c0ffee"}}""";

    private record Seen(String method, String path, String authorization, String idempotenceKey, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new ArrayList<>();
    private volatile Function<HttpExchange, Answer> answer = exchange -> new Answer(200, PAYMENT, 0);

    private record Answer(int status, String body, long delayMillis) {
    }

    @BeforeEach
    void startTheStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v3/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (seen) {
                seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Idempotence-Key"), body));
            }
            Answer reply = answer.apply(exchange);
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopIt() {
        server.stop(0);
    }

    private YooKassaClient client(Duration timeout) {
        return new YooKassaClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3/"), "100500",
                "test_demo-shop-secret", timeout);
    }

    private static PaymentRequest request() {
        return PaymentRequest.confirmedByPayer(Amount.parse("1015.00", Currency.RUB), "Пополнение", "c0ffee",
                "http://localhost:8080/cardhub/cabinet/parent/topup-return.xhtml?payment=c0ffee", false);
    }

    @Test
    void aPaymentIsCreatedWithBasicAuthAndTheIdempotenceKey() {
        ProviderPayment created = client(Duration.ofSeconds(5)).create("cardhub-p-1", request());

        assertThat(created.id()).isEqualTo("p-1");
        assertThat(created.confirmationUrl()).endsWith("/checkout/p-1");
        Seen request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v3/payments");
        assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("100500:test_demo-shop-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.idempotenceKey()).isEqualTo("cardhub-p-1");
        assertThat(request.body()).contains("\"value\":\"1015.00\"").contains("\"return_url\"");
    }

    @Test
    void aPaymentIsReadByItsId() {
        assertThat(client(Duration.ofSeconds(5)).get("p-1").status()).isEqualTo(ProviderPayment.Status.PENDING);

        assertThat(seen.get(0).method()).isEqualTo("GET");
        assertThat(seen.get(0).path()).isEqualTo("/api/v3/payments/p-1");
        assertThat(seen.get(0).idempotenceKey()).isNull();
    }

    @Test
    void aPayoutIsCreatedUnderItsKeyAndReadByItsId() {
        answer = exchange -> new Answer(200, "{\"id\":\"po-1\",\"status\":\"pending\",\"amount\":{\"value\":\"1500.00\","
                + "\"currency\":\"RUB\"},\"metadata\":{\"cardhub_payout\":\"c0ffee\"}}", 0);
        YooKassaClient client = client(Duration.ofSeconds(5));

        assertThat(client.createPayout("close-W-1", "{\"amount\":{}}").id()).isEqualTo("po-1");
        assertThat(client.getPayout("po-1").status()).isEqualTo(org.cardhub.acquiring.entity.ProviderPayout.Status.PENDING);

        assertThat(seen.get(0).method()).isEqualTo("POST");
        assertThat(seen.get(0).path()).isEqualTo("/api/v3/payouts");
        assertThat(seen.get(0).idempotenceKey()).isEqualTo("close-W-1");
        assertThat(seen.get(0).body()).isEqualTo("{\"amount\":{}}");
        assertThat(seen.get(1).method()).isEqualTo("GET");
        assertThat(seen.get(1).path()).isEqualTo("/api/v3/payouts/po-1");
        assertThatThrownBy(() -> client.getPayout("../payments/p-1")).isInstanceOf(AcquirerRefusedException.class);
    }

    @Test
    void anIdThatCouldLeaveThePathIsNeverSent() {
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).get("../refunds")).isInstanceOf(AcquirerRefusedException.class);
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).get("p-1?x=y")).isInstanceOf(AcquirerRefusedException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void wrongCredentialsAndBadRequestsAreRefusalsWithTheAcquirersCode() {
        answer = exchange -> new Answer(401, "{\"type\":\"error\",\"code\":\"invalid_credentials\",\"description\":\"Bad shop\"}", 0);
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).get("p-1")).isInstanceOfSatisfying(AcquirerRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo("invalid_credentials"));

        answer = exchange -> new Answer(404, "{\"type\":\"error\",\"code\":\"not_found\",\"description\":\"No payment\"}", 0);
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).get("p-9")).isInstanceOfSatisfying(AcquirerRefusedException.class,
                refused -> assertThat(refused.isNotFound()).isTrue());
    }

    @Test
    void serverErrorsBusySignalsAndUnreadableAnswersLeaveTheOutcomeUnknown() {
        for (Answer reply : List.of(new Answer(500, "oops", 0), new Answer(503, "", 0), new Answer(429, "{}", 0),
                new Answer(202, "{\"type\":\"processing\",\"retry_after\":1800}", 0), new Answer(200, "<html>", 0))) {
            answer = exchange -> reply;
            assertThatThrownBy(() -> client(Duration.ofSeconds(5)).create("cardhub-p-2", request()))
                    .as("answer %s", reply.status()).isInstanceOf(AcquirerUnavailableException.class);
        }
    }

    @Test
    void aSlowAcquirerTimesOut() {
        answer = exchange -> new Answer(200, PAYMENT, 1_200);

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).get("p-1")).isInstanceOf(AcquirerUnavailableException.class);
    }

    @Test
    void noAcquirerAtAllIsUnavailable() {
        server.stop(0);

        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).get("p-1")).isInstanceOf(AcquirerUnavailableException.class);
    }

    @Test
    void aKeyLongerThanTheAcquirerTakesIsNeverSent() {
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).create("k".repeat(65), request()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(seen).isEmpty();
    }
}
