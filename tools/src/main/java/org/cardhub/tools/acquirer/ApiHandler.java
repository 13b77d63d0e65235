package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The shop's API under {@code /api/v3}: {@code POST /payments} and {@code POST /payouts} (each with an
 * {@code Idempotence-Key}), {@code GET /payments/{id}} and {@code GET /payouts/{id}}, behind HTTP Basic auth with the
 * shop's id and secret key (which the emulator also takes for YooKassa's separate payout gateway).
 */
final class ApiHandler implements HttpHandler {

    static final String PREFIX = "/api/v3";
    private static final String PAYMENTS = PREFIX + "/payments";
    private static final String PAYOUTS = PREFIX + "/payouts";
    private static final int KEY_LIMIT = 64;

    private final PaymentStore store;
    private final PayoutStore payouts;
    private final PaymentJson json;
    private final NotificationSender notifications;
    private final byte[] credentials;

    ApiHandler(PaymentStore store, PayoutStore payouts, PaymentJson json, NotificationSender notifications, String shopId,
               String secret) {
        this.store = store;
        this.payouts = payouts;
        this.json = json;
        this.notifications = notifications;
        this.credentials = (shopId + ":" + secret).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authenticated(exchange)) {
                error(exchange, 401, "invalid_credentials",
                        "Authentication failed: send the shop id and secret key with HTTP Basic auth.", null);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(PAYMENTS)) {
                if (method.equals("POST")) {
                    create(exchange);
                } else {
                    error(exchange, 405, "invalid_request", method + " is not allowed on /payments.", null);
                }
            } else if (path.startsWith(PAYMENTS + "/") && path.indexOf('/', PAYMENTS.length() + 1) < 0) {
                if (method.equals("GET")) {
                    read(exchange, path.substring(PAYMENTS.length() + 1));
                } else {
                    error(exchange, 405, "invalid_request", method + " is not allowed on a payment.", null);
                }
            } else if (path.equals(PAYOUTS) || path.startsWith(PAYOUTS + "/") && path.indexOf('/', PAYOUTS.length() + 1) < 0) {
                payouts(exchange, path, method);
            } else {
                error(exchange, 404, "not_found", "There is no " + path + " in this API.", null);
            }
        }
    }

    private void payouts(HttpExchange exchange, String path, String method) throws IOException {
        if (path.equals(PAYOUTS) && method.equals("POST")) {
            Optional<JsonObject> body = keyedBody(exchange);
            if (body.isPresent()) {
                try {
                    Payout payout = payouts.create(exchange.getRequestHeaders().getFirst("Idempotence-Key"), body.get());
                    Exchanges.json(exchange, 200, json.payout(payout, payout.state()));
                } catch (InvalidRequestException e) {
                    error(exchange, 400, "invalid_request", e.getMessage(), e.parameter());
                }
            }
        } else if (!path.equals(PAYOUTS) && method.equals("GET")) {
            String id = path.substring(PAYOUTS.length() + 1);
            Optional<Payout> payout = payouts.payout(id);
            if (payout.isPresent()) {
                Exchanges.json(exchange, 200, json.payout(payout.get(), payout.get().read(payouts.now())));
            } else {
                error(exchange, 404, "not_found", "There is no payout " + id + " in this gateway.", null);
            }
        } else {
            error(exchange, 405, "invalid_request", method + " is not allowed on " + path + ".", null);
        }
    }

    /** The JSON body of a create, with its idempotence key; empty when either is wrong (the error is answered). */
    private Optional<JsonObject> keyedBody(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotence-Key");
        if (key == null || key.isBlank() || key.length() > KEY_LIMIT) {
            error(exchange, 400, "invalid_request",
                    "The Idempotence-Key header is required: 1 to " + KEY_LIMIT + " characters.", "Idempotence-Key");
            return Optional.empty();
        }
        Optional<JsonObject> body = jsonBody(exchange);
        if (body.isEmpty()) {
            error(exchange, 400, "invalid_request", "The body must be a JSON object (UTF-8, up to 64 KiB).", null);
        }
        return body;
    }

    private void create(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotence-Key");
        Optional<JsonObject> body = keyedBody(exchange);
        if (body.isEmpty()) {
            return;
        }
        PaymentStore.Outcome outcome;
        try {
            outcome = store.create(key, body.get());
        } catch (InvalidRequestException e) {
            error(exchange, 400, "invalid_request", e.getMessage(), e.parameter());
            return;
        }
        Payment payment = outcome.payment();
        Exchanges.json(exchange, 200, json.payment(payment));
        // a recurring charge is final at once; a payment with a payer is announced when the payer decides
        if (outcome.created() && payment.isRecurring()) {
            notifications.announce(payment, payment.notificationMode(), false);
        }
    }

    private void read(HttpExchange exchange, String id) throws IOException {
        Optional<Payment> payment = store.payment(id);
        if (payment.isPresent()) {
            Exchanges.json(exchange, 200, json.payment(payment.get()));
        } else {
            error(exchange, 404, "not_found", "There is no payment " + id + " in this shop.", null);
        }
    }

    private static Optional<JsonObject> jsonBody(HttpExchange exchange) throws IOException {
        String text = Exchanges.body(exchange);
        if (text == null) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private boolean authenticated(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(header.substring(6).strip());
            return MessageDigest.isEqual(given, credentials);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void error(HttpExchange exchange, int status, String code, String description, String parameter)
            throws IOException {
        Exchanges.json(exchange, status, json.error(code, description, parameter));
    }
}
