package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.tools.acquirer.EmulatorClient.json;
import static org.cardhub.tools.acquirer.EmulatorClient.paymentBody;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shop's side of the API over real HTTP: creating and reading payments, idempotence, credentials, bad input. */
class PaymentsApiTest {

    private RunningEmulator running;
    private EmulatorClient client;

    @BeforeEach
    void start() throws Exception {
        running = RunningEmulator.start();
        client = running.client;
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void aNewPaymentAwaitsThePayerBehindACheckoutLinkWithTheShopsAmountDescriptionAndMetadata() {
        JsonObject payment = client.newPayment("1015", true);

        assertThat(payment.getString("status")).isEqualTo("pending");
        assertThat(payment.getBoolean("paid")).isFalse();
        assertThat(payment.getJsonObject("amount").getString("value")).isEqualTo("1015.00");
        assertThat(payment.getJsonObject("amount").getString("currency")).isEqualTo("RUB");
        assertThat(payment.getJsonObject("confirmation").getString("type")).isEqualTo("redirect");
        assertThat(payment.getJsonObject("confirmation").getString("confirmation_url"))
                .isEqualTo("http://127.0.0.1:" + running.emulator.port() + "/checkout/" + payment.getString("id"));
        assertThat(payment.getString("id")).matches("[0-9a-f]{8}-000f-5000-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(payment.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(payment.getString("description")).isEqualTo("Пополнение карты 700599******0069");
        assertThat(payment.getJsonObject("metadata").getString("cardhub_payment")).isEqualTo("p-1");
        assertThat(payment.getJsonObject("recipient").getString("account_id")).isEqualTo("100500");
        assertThat(payment.getBoolean("test")).isTrue();
        assertThat(payment).doesNotContainKeys("payment_method", "cancellation_details", "captured_at");
        assertThat(client.payment(payment.getString("id"))).isEqualTo(payment);
    }

    @Test
    void theSameKeyWithTheSameBodyAnswersTheSamePaymentAndAnotherKeyMakesAnother() {
        String key = UUID.randomUUID().toString();
        JsonObject first = json(client.create(key, paymentBody("500.00", false)));
        JsonObject again = json(client.create(key, paymentBody("500.00", false)));
        JsonObject other = json(client.create(UUID.randomUUID().toString(), paymentBody("500.00", false)));

        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(other.getString("id")).isNotEqualTo(first.getString("id"));
    }

    @Test
    void theSameKeyAnswersThePaymentAsItStandsNow() {
        String key = UUID.randomUUID().toString();
        String id = json(client.create(key, paymentBody("500.00", false))).getString("id");
        client.refuse(id, "none");

        JsonObject again = json(client.create(key, paymentBody("500.00", false)));

        assertThat(again.getString("id")).isEqualTo(id);
        assertThat(again.getString("status")).isEqualTo("canceled");
    }

    @Test
    void theSameKeyWithOtherDataIsRefusedAndNothingIsCreated() {
        String key = UUID.randomUUID().toString();
        String id = json(client.create(key, paymentBody("500.00", false))).getString("id");

        HttpResponse<String> refused = client.create(key, paymentBody("501.00", false));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getString("code")).isEqualTo("invalid_request");
        assertThat(json(refused).getString("description")).contains(key).contains("other data");
        assertThat(json(client.create(key, paymentBody("500.00", false))).getString("id")).isEqualTo(id);
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOnePayment() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> client.create(key, paymentBody("100.00", false)))).toList();
            Set<String> ids = ConcurrentHashMap.newKeySet();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                ids.add(json(answer.get()).getString("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongOrMissingCredentialsAre401InvalidCredentials() {
        HttpResponse<String> wrongSecret = client.create(UUID.randomUUID().toString(), paymentBody("1.00", false),
                EmulatorClient.SHOP, "guessed");
        HttpResponse<String> wrongShop = client.create(UUID.randomUUID().toString(), paymentBody("1.00", false),
                "100501", EmulatorClient.SECRET);

        for (HttpResponse<String> refused : List.of(wrongSecret, wrongShop)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(json(refused).getString("type")).isEqualTo("error");
            assertThat(json(refused).getString("code")).isEqualTo("invalid_credentials");
            assertThat(json(refused).getString("id")).isNotBlank();
        }
    }

    private static final String REDIRECT = "\"confirmation\":{\"type\":\"redirect\",\"return_url\":\"http://x.test/r\"}";

    private static String paying(String amount) {
        return "{" + amount + ",\"capture\":true," + REDIRECT + "}";
    }

    private static String roubles(String value) {
        return "\"amount\":{\"value\":" + value + ",\"currency\":\"RUB\"}";
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                arguments(paying(roubles("\"-1.00\"")), "amount.value"),
                arguments(paying(roubles("\"0.00\"")), "amount.value"),
                arguments(paying(roubles("\"10.005\"")), "amount.value"),
                arguments(paying(roubles("\"ten\"")), "amount.value"),
                arguments(paying("\"amount\":{\"currency\":\"RUB\"}"), "amount.value"),
                arguments("{\"capture\":true," + REDIRECT + "}", "amount"),
                arguments(paying("\"amount\":{\"value\":\"10.00\",\"currency\":\"USD\"}"), "amount.currency"),
                arguments("{" + roubles("\"10.00\"") + ",\"capture\":true,\"confirmation\":{\"type\":\"redirect\"}}",
                        "confirmation.return_url"),
                arguments("{" + roubles("\"10.00\"") + ",\"capture\":true,\"confirmation\":{\"type\":\"embedded\"}}",
                        "confirmation.type"),
                arguments("{" + roubles("\"10.00\"") + ",\"capture\":true}", "confirmation"),
                arguments("{" + roubles("\"10.00\"") + "," + REDIRECT + "}", "capture"),
                arguments("{" + roubles("\"10.00\"") + ",\"capture\":true,\"payment_method_id\":\"no-such-card\"}",
                        "payment_method_id"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("badRequests")
    void aBadRequestIs400InvalidRequestNamingTheParameter(String body, String parameter) {
        HttpResponse<String> refused = client.create(UUID.randomUUID().toString(), body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getString("code")).isEqualTo("invalid_request");
        assertThat(json(refused).getString("parameter")).isEqualTo(parameter);
        assertThat(json(refused).getString("description")).isNotBlank();
    }

    @Test
    void aPaymentWithoutAnIdempotenceKeyOrWithABodyThatIsNoJsonIsRefused() {
        HttpResponse<String> keyless = client.create(null, paymentBody("10.00", false));
        HttpResponse<String> notJson = client.create(UUID.randomUUID().toString(), "amount=10");

        assertThat(keyless.statusCode()).isEqualTo(400);
        assertThat(json(keyless).getString("parameter")).isEqualTo("Idempotence-Key");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).getString("code")).isEqualTo("invalid_request");
    }

    @Test
    void anUnknownPaymentIs404NotFound() {
        HttpResponse<String> unknown = client.get("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("code")).isEqualTo("not_found");
        assertThat(client.checkoutPage("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f").statusCode()).isEqualTo(404);
    }
}
