package org.cardhub.it.core;

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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's acquirer emulator (YooKassa API v3 on 127.0.0.1:8091, docs/acquiring-api.md) as the tests drive it:
 * the payer's checkout form posted as a browser would, the shop's API with the demo shop's credentials, the control
 * API, and Cardhub's notification endpoint posted to directly (a forger's or the acquirer's notification).
 */
final class AcquirerEmulatorClient {

    static final String EMULATOR = System.getProperty("cardhub.acquirer", "http://127.0.0.1:8091");
    static final String NOTIFICATIONS = "http://127.0.0.1:8080/cardhub/acquiring/yookassa/notifications";
    private static final String SHOP = "Basic " + Base64.getEncoder()
            .encodeToString("100500:test_demo-shop-secret".getBytes(StandardCharsets.UTF_8));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private AcquirerEmulatorClient() {
    }

    /** Pays on the checkout page with a test card (any future expiry, any CVC); answers where the payer is sent back. */
    static String pay(String confirmationUrl, String cardNumber, String notifyMode) {
        assertThat(send(HttpRequest.newBuilder(URI.create(confirmationUrl)).GET()).statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("card-number", cardNumber);
        form.put("card-expiry", "12/30");
        form.put("card-cvc", "123");
        form.put("notify-mode", notifyMode);
        form.put("action", "pay");
        return postForm(confirmationUrl, form);
    }

    /** The payer presses "Отказаться от оплаты". */
    static String refuse(String confirmationUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("notify-mode", "none");
        form.put("action", "refuse");
        return postForm(confirmationUrl, form);
    }

    private static String postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).as("the checkout sends the payer back: %s", answer.body()).isEqualTo(303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** The payment as the shop reads it from the acquirer. */
    static JsonObject payment(String providerId) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(EMULATOR + "/api/v3/payments/" + providerId))
                .header("Authorization", SHOP).GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    /** Next recurring charges of the saved card are declined with {@code reason} (or succeed again with null). */
    static void declineCharges(String paymentMethodId, String reason) {
        String path = "/emulator/payment-methods/" + paymentMethodId + (reason == null ? "/accept" : "/decline");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(EMULATOR + path))
                .POST(HttpRequest.BodyPublishers.ofString(reason == null ? "" : reason)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The emulator sends the notification of the payment's current state now, as YooKassa would (from 127.0.0.1). */
    static int notifyAgain(String providerId) {
        return send(HttpRequest.newBuilder(URI.create(EMULATOR + "/emulator/payments/" + providerId + "/notify"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    /** A notification posted straight to Cardhub, as anyone on this machine could. */
    static HttpResponse<String> notifyCardhub(String event, JsonObject object) {
        String body = Json.createObjectBuilder().add("type", "notification").add("event", event).add("object", object)
                .build().toString();
        return send(HttpRequest.newBuilder(URI.create(NOTIFICATIONS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A payment object claiming {@code status} and {@code value} for {@code providerId}. */
    static JsonObject claimed(String providerId, String status, String value, String cardhubPayment) {
        return Json.createObjectBuilder().add("id", providerId).add("status", status).add("paid", "succeeded".equals(status))
                .add("amount", Json.createObjectBuilder().add("value", value).add("currency", "RUB"))
                .add("metadata", Json.createObjectBuilder().add("cardhub_payment", cardhubPayment)).build();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
