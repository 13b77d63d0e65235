package org.cardhub.it;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.terminals.control.MessageSignature;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's fuel POS FUEL-0001 at station AZS-17, as a test plays it on the running system: a signed event sent to
 * the broker's TerminalEvents queue with the terminal account, and the reply read from its own temporary queue.
 */
final class DemoFuelTerminal {

    private static final String ID = "FUEL-0001";
    private static final String KEY = "demo-terminal-key";

    private DemoFuelTerminal() {
    }

    /** A one-step purchase of one of the terminal's products (e.g. CAR_WASH at 500.00) by a card's full number. */
    static JsonObject purchase(String cardNumber, String product, String amount) throws Exception {
        return send(event("PURCHASE", cardNumber).add("amount", amount).add("product", product).build());
    }

    /** A purchase the terminal approved on its own while offline and forwards now (posted within the floor limit). */
    static JsonObject offlinePurchase(String cardNumber, String amount) throws Exception {
        return send(event("PURCHASE", cardNumber).add("amount", amount).add("offline", true).build());
    }

    /** Takes back an approved purchase for its whole amount. */
    static JsonObject reverse(String cardNumber, String purchaseEventId, String amount) throws Exception {
        return send(event("REVERSAL", cardNumber).add("amount", amount).add("refEventId", purchaseEventId).build());
    }

    private static jakarta.json.JsonObjectBuilder event(String type, String cardNumber) {
        return Json.createObjectBuilder().add("v", 1).add("eventId", UUID.randomUUID().toString()).add("terminalId", ID)
                .add("type", type).add("occurredAt", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("card", cardNumber);
    }

    private static JsonObject send(JsonObject event) throws Exception {
        String text = event.toString();
        try (Connection connection = BrokerLockdownIT.factory().createConnection("terminal", "Demo-terminal-1")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty("terminalId", ID);
            message.setStringProperty("signature", MessageSignature.of(text, KEY));
            message.setJMSReplyTo(replies);
            session.createProducer(session.createQueue("TerminalEvents")).send(message);
            Message reply = session.createConsumer(replies).receive(30_000);
            assertThat(reply).as("the terminal's reply within 30 s").isInstanceOf(TextMessage.class);
            JsonObject answer = RunningCardhub.json(((TextMessage) reply).getText());
            return Json.createObjectBuilder(answer).add("eventId", event.getString("eventId")).build();
        }
    }
}
