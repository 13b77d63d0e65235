package org.cardhub.tools.acquirer;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Real HTTP to an emulator started in the test: as the shop (Basic auth), as the payer's browser, as the demo. */
final class EmulatorClient {

    static final String SHOP = "100500";
    static final String SECRET = "test_demo-shop-secret";
    static final String RETURN_URL = "http://localhost:8080/cardhub/cabinet/parent/topup-return.xhtml?payment=p-1";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    EmulatorClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static String paymentBody(String amount, boolean saveCard) {
        return "{\"amount\":{\"value\":\"" + amount + "\",\"currency\":\"RUB\"},\"capture\":true,"
                + "\"confirmation\":{\"type\":\"redirect\",\"return_url\":\"" + RETURN_URL + "\"},"
                + "\"description\":\"Пополнение карты 700599******0069\",\"metadata\":{\"cardhub_payment\":\"p-1\"},"
                + "\"save_payment_method\":" + saveCard + "}";
    }

    static String chargeBody(String amount, String paymentMethodId) {
        return "{\"amount\":{\"value\":\"" + amount + "\",\"currency\":\"RUB\"},\"capture\":true,"
                + "\"payment_method_id\":\"" + paymentMethodId + "\",\"description\":\"Автопополнение\"}";
    }

    static String payoutBody(String amount, String cardNumber) {
        return "{\"amount\":{\"value\":\"" + amount + "\",\"currency\":\"RUB\"},"
                + "\"payout_destination_data\":{\"type\":\"bank_card\",\"card\":{\"number\":\"" + cardNumber + "\"}},"
                + "\"description\":\"Закрытие кошелька W-00000001\",\"metadata\":{\"cardhub_payout\":\"o-1\"}}";
    }

    HttpResponse<String> create(String key, String body) {
        return create(key, body, SHOP, SECRET);
    }

    HttpResponse<String> create(String key, String body, String shop, String secret) {
        return post("/api/v3/payments", key, body, shop, secret);
    }

    HttpResponse<String> createPayout(String key, String body) {
        return post("/api/v3/payouts", key, body, SHOP, SECRET);
    }

    HttpResponse<String> createPayout(String key, String body, String shop, String secret) {
        return post("/api/v3/payouts", key, body, shop, secret);
    }

    HttpResponse<String> getPayout(String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v3/payouts/" + id))
                .header("Authorization", basic(SHOP, SECRET)).GET().build());
    }

    private HttpResponse<String> post(String path, String key, String body, String shop, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(shop, secret))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotence-Key", key);
        }
        return send(request.build());
    }

    /** A new payment awaiting the payer, created with a fresh key. */
    JsonObject newPayment(String amount, boolean saveCard) {
        HttpResponse<String> created = create(UUID.randomUUID().toString(), paymentBody(amount, saveCard));
        if (created.statusCode() != 200) {
            throw new AssertionError("the payment was not created: " + created.body());
        }
        return json(created);
    }

    HttpResponse<String> get(String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v3/payments/" + id))
                .header("Authorization", basic(SHOP, SECRET)).GET().build());
    }

    JsonObject payment(String id) {
        return json(get(id));
    }

    HttpResponse<String> checkoutPage(String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/checkout/" + id)).GET().build());
    }

    /** The payer presses "Оплатить" with the given card; {@code notifyMode} null leaves the form's choice out. */
    HttpResponse<String> pay(String id, String number, String expiry, String notifyMode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("card-number", number);
        form.put("card-expiry", expiry);
        form.put("card-cvc", "123");
        if (notifyMode != null) {
            form.put("notify-mode", notifyMode);
        }
        form.put("action", "pay");
        return submit(id, form);
    }

    /** The payer presses "Отказаться от оплаты". */
    HttpResponse<String> refuse(String id, String notifyMode) {
        return submit(id, Map.of("notify-mode", notifyMode, "action", "refuse"));
    }

    private HttpResponse<String> submit(String id, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + "/checkout/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> control(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/emulator/" + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> health() {
        return send(HttpRequest.newBuilder(URI.create(base + "/emulator/health")).GET().build());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("the emulator did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
