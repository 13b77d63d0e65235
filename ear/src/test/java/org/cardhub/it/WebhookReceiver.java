package org.cardhub.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A partner's webhook endpoint on 127.0.0.1 in the test's JVM: every path answers as its script says for the n-th
 * request of the same event id (an error, a hang past Cardhub's timeout, a slow success), and keeps what arrived.
 */
final class WebhookReceiver implements AutoCloseable {

    /** What a path answers to the {@code attempt}-th request (1, 2, …) of one event id. */
    @FunctionalInterface
    interface Script {
        Answer answer(int attempt);
    }

    record Answer(int status, long delayMillis) {
        static Answer now(int status) {
            return new Answer(status, 0);
        }
    }

    record Received(String path, String id, String timestamp, String signature, String body, long arrivedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void script(String path, Script script) {
        scripts.put(path, script);
    }

    List<Received> at(String path) {
        List<Received> at = new ArrayList<>();
        received.stream().filter(request -> request.path().equals(path)).forEach(at::add);
        return at;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        String id = exchange.getRequestHeaders().getFirst("Cardhub-Webhook-Id");
        received.add(new Received(path, id, exchange.getRequestHeaders().getFirst("Cardhub-Webhook-Timestamp"),
                exchange.getRequestHeaders().getFirst("Cardhub-Webhook-Signature"), body, System.nanoTime()));
        int attempt = attempts.merge(path + "|" + id, 1, Integer::sum);
        Answer answer = scripts.getOrDefault(path, n -> Answer.now(200)).answer(attempt);
        try {
            Thread.sleep(answer.delayMillis());
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // Cardhub gave up waiting and closed the connection: that is the point of a hang
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
