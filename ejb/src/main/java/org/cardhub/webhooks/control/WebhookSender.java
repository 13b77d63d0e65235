package org.cardhub.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cardhub.webhooks.entity.SendOutcome;
import org.cardhub.webhooks.entity.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outbound adapter: POSTs an event to a partner's endpoint, signed, with a timeout on connecting and on the answer,
 * redirects not followed (a redirect is not a delivery). Never called inside a transaction.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String ID = "Cardhub-Webhook-Id";
    public static final String TIMESTAMP = "Cardhub-Webhook-Timestamp";
    public static final String SIGNATURE = "Cardhub-Webhook-Signature";

    @Inject
    WebhookSettings settings;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public CompletableFuture<SendOutcome> send(String url, String eventId, String body, String secret, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Cardhub-Webhooks/1")
                    .header(ID, eventId)
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(SIGNATURE, WebhookSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(SendOutcome.unanswered("Bad URL: " + e.getMessage()));
        }
        // the request timeout ends the wait for the answer's head; this one bounds a body that never ends too
        long bound = settings.connectTimeout().plus(settings.requestTimeout()).multipliedBy(2).toMillis();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(bound, TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? SendOutcome.answered(response.statusCode())
                        : SendOutcome.unanswered(describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof TimeoutException) {
            return "Timed out";
        }
        if (cause instanceof java.net.ConnectException) {
            return "Connection refused";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
