package org.cardhub.acquiring.control;

import org.cardhub.acquiring.entity.IdempotenceKeys;
import org.cardhub.acquiring.entity.PaymentRequest;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.acquiring.entity.ProviderPayout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The acquirer's REST API (YooKassa v3), the calls Cardhub makes: create a payment ({@code POST /payments} with an
 * {@code Idempotence-Key}) and read one ({@code GET /payments/{id}}); create a payout to a bank card
 * ({@code POST /payouts}, the same way) and read one ({@code GET /payouts/{id}}). HTTP Basic with the shop's (or the
 * payout gateway's) id and secret key, timeouts on connecting and on every answer. Never called inside a transaction that holds locks: a slow acquirer
 * would hold them all that time.
 */
public final class YooKassaClient {

    private static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    public YooKassaClient(URI apiUrl, String shopId, String secretKey, Duration timeout) {
        String url = Objects.requireNonNull(apiUrl).toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((Objects.requireNonNull(shopId) + ":"
                + Objects.requireNonNull(secretKey)).getBytes(StandardCharsets.UTF_8));
        this.timeout = Objects.requireNonNull(timeout);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Creates the payment, or answers the one created earlier with the same key (in its current state). */
    public ProviderPayment create(String idempotenceKey, PaymentRequest request) {
        return send(post("/payments", idempotenceKey, PaymentJson.request(request)), PaymentJson::payment, "payment");
    }

    /** The payment as it stands now. */
    public ProviderPayment get(String paymentId) {
        return send(get("/payments/", paymentId, "payment"), PaymentJson::payment, "payment");
    }

    /**
     * Creates the payout of {@code body} ({@link PayoutJson#request}), or answers the one created earlier with the same
     * key (in its current state).
     */
    public ProviderPayout createPayout(String idempotenceKey, String body) {
        return send(post("/payouts", idempotenceKey, body), PayoutJson::payout, "payout");
    }

    /** The payout as it stands now. */
    public ProviderPayout getPayout(String payoutId) {
        return send(get("/payouts/", payoutId, "payout"), PayoutJson::payout, "payout");
    }

    private HttpRequest.Builder post(String path, String idempotenceKey, String body) {
        if (idempotenceKey == null || idempotenceKey.isEmpty() || idempotenceKey.length() > IdempotenceKeys.MAX_LENGTH) {
            throw new IllegalArgumentException("An idempotence key has 1 to " + IdempotenceKeys.MAX_LENGTH + " characters");
        }
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Idempotence-Key", idempotenceKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path, String id, String what) {
        if (id == null || !OBJECT_ID.matcher(id).matches()) {
            throw new AcquirerRefusedException(404, "not_found", "Not a " + what + " id: " + id, null);
        }
        return HttpRequest.newBuilder(URI.create(base + path + id)).GET();
    }

    private <T> T send(HttpRequest.Builder request, Function<String, T> reader, String what) {
        HttpRequest built = request.timeout(timeout).header("Authorization", authorization)
                .header("Accept", "application/json").build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AcquirerUnavailableException("The acquirer did not answer " + built.method() + " " + built.uri()
                    + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcquirerUnavailableException("Interrupted while waiting for the acquirer", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            try {
                return reader.apply(response.body());
            } catch (IllegalArgumentException e) {
                throw new AcquirerUnavailableException("The acquirer's answer is not a " + what + ": " + e.getMessage(), e);
            }
        }
        // 202: YooKassa is still working on a request with this key and asks to come back later
        if (status == 202 || status == 429 || status >= 500) {
            throw new AcquirerUnavailableException("The acquirer answered " + status + " to " + built.method() + " "
                    + built.uri(), null);
        }
        throw PaymentJson.error(status, response.body());
    }
}
