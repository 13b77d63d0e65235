package org.cardhub.it.meals;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.cardhub.terminals.control.MessageSignature;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's canteen terminal as the tests play it, by the terminal protocol: its price list fetched over HTTP signed
 * with its key, and a purchase sent signed over the TerminalEvents queue with the correlated reply read back.
 */
record CanteenTill(String id, String key) {

    private static final String PRODUCTS = "/cardhub/api/v1/terminal/products";

    /** The answer to the signed GET of the price list of {@code date} as written (none: the terminal's today). */
    HttpResponse<String> products(String date) throws IOException, InterruptedException {
        String query = date == null ? "" : "date=" + date;
        String seconds = Long.toString(Instant.now().getEpochSecond());
        String signed = PRODUCTS + (query.isEmpty() ? "" : "?" + query);
        String signature = MessageSignature.of(id + "\n" + seconds + "\nGET\n" + signed, key);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + signed))
                        .header("Authorization", "Terminal " + id + ":" + seconds + ":" + signature).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonObject productList(LocalDate date) throws IOException, InterruptedException {
        HttpResponse<String> response = products(date == null ? null : date.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A canteen purchase of one line: {@code dish} at {@code price}, naming {@code code} when given; the reply. */
    JsonObject buy(ConnectionFactory connections, Queue events, String eventId, String card, String dish, String category,
                   String price, String code) {
        var line = Json.createObjectBuilder().add("name", dish).add("category", category).add("qty", 1).add("price", price);
        if (code != null) {
            line.add("code", code);
        }
        JsonArrayBuilder items = Json.createArrayBuilder().add(line);
        String text = Json.createObjectBuilder().add("v", 1).add("eventId", eventId).add("terminalId", id).add("type", "PURCHASE")
                .add("occurredAt", OffsetDateTime.now().toString()).add("card", card).add("amount", price).add("items", items)
                .build().toString();
        try (JMSContext context = connections.createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            TextMessage message = context.createTextMessage(text);
            message.setStringProperty("terminalId", id);
            message.setStringProperty("signature", MessageSignature.of(text, key));
            message.setJMSReplyTo(replies);
            context.createProducer().send(events, message);
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                String reply = consumer.receiveBody(String.class, 30_000);
                assertThat(reply).as("a reply within 30 s").isNotNull();
                try (var reader = Json.createReader(new StringReader(reply))) {
                    return reader.readObject();
                }
            }
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }
}
