package org.cardhub.tools.partner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends one call and, when it fails in a way that says nothing was decided for sure (no answer, a load balancer's
 * 502/503/504, an answer asking for a repeat), sends the very same call again (same key or txn_id, account and
 * amount) up to {@code retries} more times, pausing 200 ms before the first repeat and twice as long before each
 * next one, at most 2 s.
 */
final class CallSender {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    /** Sends a request and gives its answer; the HTTP client in a run, a fake in tests. */
    @FunctionalInterface
    interface Transport {
        Reply exchange(HttpRequest request) throws IOException, InterruptedException;
    }

    record Reply(int status, String body) {
    }

    /** The partner's bearer token ({@link TokenSource} in a run). */
    interface Tokens {
        String current() throws IOException, InterruptedException;

        void refused(String token);
    }

    @FunctionalInterface
    interface Pause {
        void sleep(Duration length) throws InterruptedException;
    }

    private final Target target;
    private final URI base;
    private final Duration timeout;
    private final int retries;
    private final Transport transport;
    private final Tokens tokens;
    private final Pause pause;

    CallSender(Target target, URI base, Duration timeout, int retries, Transport transport, Tokens tokens, Pause pause) {
        this.target = target;
        this.base = base;
        this.timeout = timeout;
        this.retries = retries;
        this.transport = transport;
        this.tokens = tokens;
        this.pause = pause;
    }

    /** The call's last attempt; an interruption ends it without one. */
    Delivery deliver(Call call) throws InterruptedException {
        for (int attempts = 1; ; attempts++) {
            Delivery delivery = attempt(call, attempts);
            if (attempts > retries || delivery.isAnswered() && !target.retryable(delivery.answer())) {
                return delivery;
            }
            pause.sleep(pauseBefore(attempts));
        }
    }

    /** The pause before repeat number {@code repeat} (1 for the first). */
    static Duration pauseBefore(int repeat) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(repeat - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private Delivery attempt(Call call, int attempts) throws InterruptedException {
        try {
            String token = tokens.current();
            Reply reply = transport.exchange(target.request(base, call, token, timeout));
            if (reply.status() == 401) {
                tokens.refused(token);
            }
            return Delivery.answered(call, attempts, target.read(reply.status(), reply.body()),
                    target.topUpId(reply.body()));
        } catch (HttpTimeoutException e) {
            return Delivery.failed(call, attempts, "timeout");
        } catch (IOException e) {
            return Delivery.failed(call, attempts, e.getClass().getSimpleName());
        }
    }
}
