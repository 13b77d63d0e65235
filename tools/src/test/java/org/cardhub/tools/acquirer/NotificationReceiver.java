package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands for Cardhub's notification endpoint: keeps what arrives, answers 200 unless told to refuse some first. */
final class NotificationReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    NotificationReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/notifications", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                attempts.incrementAndGet();
                if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                received.add(Json.createReader(new StringReader(body)).readObject());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notifications";
    }

    /** The next {@code times} notifications are answered 503. */
    void refuseNext(int times) {
        refusalsLeft.set(times);
    }

    /** The notifications answered 200, in their order. */
    List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** Every POST that arrived, refused or not. */
    int attempts() {
        return attempts.get();
    }

    /** Waits until {@code count} notifications were accepted, or {@code timeout} passed; what was accepted. */
    List<JsonObject> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
