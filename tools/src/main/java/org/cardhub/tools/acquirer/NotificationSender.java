package org.cardhub.tools.acquirer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the shop's notification URL that a payment is final: {@code payment.succeeded} or {@code payment.canceled}
 * with the payment object. A delivery is an answer 200; anything else (another status, a refused connection) is tried
 * again up to three times, some seconds apart, as YooKassa retries.
 */
final class NotificationSender {

    static final int RETRIES = 3;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final URI target;
    private final PaymentJson json;
    private final ScheduledExecutorService scheduler;
    private final Duration retryDelay;
    private final Duration lateDelay;
    private final EmulatorLog log;

    NotificationSender(URI target, PaymentJson json, ScheduledExecutorService scheduler, Duration retryDelay,
                       Duration lateDelay, EmulatorLog log) {
        this.target = target;
        this.json = json;
        this.scheduler = scheduler;
        this.retryDelay = retryDelay;
        this.lateDelay = lateDelay;
        this.log = log;
    }

    /**
     * Announces a payment that just became final, as {@code mode} says. With {@code payerWaiting} the sends that are
     * due at once are made before this returns (the payer is sent back to the shop after them); otherwise they are
     * made in the background.
     */
    void announce(Payment payment, NotificationMode mode, boolean payerWaiting) {
        switch (mode) {
            case ONCE -> sendNow(payment, 1, payerWaiting);
            case TWICE -> sendNow(payment, 2, payerWaiting);
            case LATE -> schedule(() -> deliver(payment, 1), lateDelay);
            case NONE -> log.line("notify " + event(payment) + " " + payment.id() + " withheld (mode none)");
        }
    }

    private void sendNow(Payment payment, int times, boolean payerWaiting) {
        for (int i = 0; i < times; i++) {
            if (payerWaiting) {
                deliver(payment, 1);
            } else {
                schedule(() -> deliver(payment, 1), Duration.ZERO);
            }
        }
    }

    /** One attempt now, its retries in the background; whether the shop answered 200. */
    boolean deliver(Payment payment, int attempt) {
        String outcome;
        boolean delivered = false;
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.notification(payment).toString()))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            delivered = status == 200;
            outcome = "HTTP " + status;
        } catch (IOException e) {
            outcome = "not delivered (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean givenUp = !delivered && attempt > RETRIES;
        log.line("notify " + event(payment) + " " + payment.id() + " -> " + target + ": " + outcome
                + " (attempt " + attempt + " of " + (RETRIES + 1) + (givenUp ? ", given up)" : ")"));
        if (!delivered && attempt <= RETRIES) {
            schedule(() -> deliver(payment, attempt + 1), retryDelay);
        }
        return delivered;
    }

    private void schedule(Runnable send, Duration delay) {
        try {
            scheduler.schedule(send, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.line("notification dropped: the emulator is stopping");
        }
    }

    private static String event(Payment payment) {
        return "payment." + payment.state().status().apiName();
    }
}
