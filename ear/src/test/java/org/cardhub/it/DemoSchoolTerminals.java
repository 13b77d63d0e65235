package org.cardhub.it;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.terminals.control.MessageSignature;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school's turnstile GATE-0001 and canteen till CANTEEN-0001 (Школа № 7, Vladivostok), as a test plays them
 * on the running system: signed events sent to the broker's TerminalEvents queue with the terminal account, the reply
 * read from a temporary queue.
 */
final class DemoSchoolTerminals {

    private static final String KEY = "demo-terminal-key";

    private DemoSchoolTerminals() {
    }

    /** A pass in through the turnstile, by the card's barcode (e.g. 2000100000014, Петров Иван). */
    static JsonObject entry(String barcode) throws Exception {
        return send("GATE-0001", event("GATE-0001", "ENTRY", barcode).build());
    }

    /** One dish bought at the canteen, by the card's school contract number (e.g. 10000001). */
    static JsonObject meal(String schoolNumber, String dish, String category, String price) throws Exception {
        JsonArrayBuilder items = Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", dish)
                .add("category", category).add("qty", 1).add("price", price));
        return send("CANTEEN-0001", event("CANTEEN-0001", "PURCHASE", schoolNumber).add("amount", price).add("items", items).build());
    }

    private static JsonObjectBuilder event(String terminal, String type, String card) {
        return Json.createObjectBuilder().add("v", 1).add("eventId", UUID.randomUUID().toString()).add("terminalId", terminal)
                .add("type", type).add("occurredAt", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("card", card);
    }

    private static JsonObject send(String terminal, JsonObject event) throws Exception {
        String text = event.toString();
        try (Connection connection = BrokerLockdownIT.factory().createConnection("terminal", "Demo-terminal-1")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty("terminalId", terminal);
            message.setStringProperty("signature", MessageSignature.of(text, KEY));
            message.setJMSReplyTo(replies);
            session.createProducer(session.createQueue("TerminalEvents")).send(message);
            Message reply = session.createConsumer(replies).receive(30_000);
            assertThat(reply).as("the terminal's reply within 30 s").isInstanceOf(TextMessage.class);
            return RunningCardhub.json(((TextMessage) reply).getText());
        }
    }
}
