package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MalformedMessageFactoryTest {

    private static final List<SimulatedTerminal> DEMO = List.of(
            new SimulatedTerminal("FUEL-0001", "demo-terminal-key", SimulatedTerminalKind.FUEL_POS),
            new SimulatedTerminal("CANTEEN-0001", "demo-terminal-key", SimulatedTerminalKind.CANTEEN_POS),
            new SimulatedTerminal("GATE-0001", "demo-terminal-key", SimulatedTerminalKind.TURNSTILE),
            new SimulatedTerminal("BUS-0001", "demo-terminal-key", SimulatedTerminalKind.TRANSPORT_VALIDATOR),
            new SimulatedTerminal("KIOSK-0001", "demo-terminal-key", SimulatedTerminalKind.CASH_KIOSK));

    private final MalformedMessageFactory factory = new MalformedMessageFactory(
            new EventFactory(Clock.systemDefaultZone()), CardPool.demo());
    private final Random random = new Random();

    private static JsonObject json(OutgoingMessage message) {
        return Json.createReader(new StringReader(message.text())).readObject();
    }

    private static SimulatedTerminal sender(OutgoingMessage message) {
        return DEMO.stream().filter(t -> t.id().equals(message.terminalId())).findFirst().orElse(null);
    }

    private static boolean signedBySender(OutgoingMessage message) {
        SimulatedTerminal sender = sender(message);
        return sender != null && Signature.of(message.text(), sender.key()).equals(message.signature());
    }

    @RepeatedTest(10)
    void notJsonIsNotJsonButSignedByAKnownTerminal() {
        OutgoingMessage message = factory.create(Malformation.NOT_JSON, DEMO, random);

        assertThatThrownBy(() -> json(message)).isInstanceOf(JsonException.class);
        assertThat(signedBySender(message)).isTrue();
        assertThat(message.eventId()).isNull();
    }

    @RepeatedTest(10)
    void aMissingEventIdIsMissingFromOtherwiseGoodJson() {
        OutgoingMessage message = factory.create(Malformation.MISSING_EVENT_ID, DEMO, random);

        JsonObject event = json(message);
        assertThat(event).doesNotContainKey("eventId").containsKeys("v", "type", "terminalId", "card");
        assertThat(signedBySender(message)).isTrue();
        assertThat(message.eventId()).isNull();
    }

    @RepeatedTest(10)
    void anAmountAsNumberIsAJsonNumber() {
        OutgoingMessage message = factory.create(Malformation.AMOUNT_AS_NUMBER, DEMO, random);

        JsonObject event = json(message);
        assertThat(event.get("amount")).isInstanceOf(JsonNumber.class);
        assertThat(event.getString("eventId")).isEqualTo(message.eventId());
        assertThat(signedBySender(message)).isTrue();
        assertThat(sender(message).kind()).isNotEqualTo(SimulatedTerminalKind.TURNSTILE);
    }

    @RepeatedTest(10)
    void aBadSignatureIsNotTheSignatureOfTheText() {
        OutgoingMessage message = factory.create(Malformation.BAD_SIGNATURE, DEMO, random);

        assertThat(sender(message)).isNotNull();
        assertThat(signedBySender(message)).isFalse();
        assertThat(message.signature()).matches("[0-9a-f]{64}");
        assertThat(json(message).getString("eventId")).isEqualTo(message.eventId());
    }

    @RepeatedTest(10)
    void anUnknownTerminalIsNoneOfTheConfiguredOnesInPropertyAndText() {
        OutgoingMessage message = factory.create(Malformation.UNKNOWN_TERMINAL, DEMO, random);

        assertThat(sender(message)).isNull();
        assertThat(message.terminalId()).startsWith(MalformedMessageFactory.UNKNOWN_TERMINAL_PREFIX);
        assertThat(json(message).getString("terminalId")).isEqualTo(message.terminalId());
    }

    @RepeatedTest(5)
    void anOversizedMessageIsOver64KibButOtherwiseValidAndSigned() {
        OutgoingMessage message = factory.create(Malformation.OVERSIZED, DEMO, random);

        assertThat(message.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);
        assertThat(json(message).getString("eventId")).isEqualTo(message.eventId());
        assertThat(signedBySender(message)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Malformation.class)
    void everyMalformedMessageSaysHowItIsSpoilt(Malformation kind) {
        OutgoingMessage message = factory.create(kind, DEMO, random);

        assertThat(message.malformed()).isTrue();
        assertThat(message.malformation()).isEqualTo(kind);
        assertThat(message.label()).isEqualTo("MALFORMED:" + kind);
    }

    @Test
    void aRandomDrawComesFromAllKinds() {
        Set<Malformation> seen = EnumSet.noneOf(Malformation.class);
        for (int i = 0; i < 300; i++) {
            seen.add(factory.create(DEMO, random).malformation());
        }
        assertThat(seen).containsExactlyInAnyOrder(Malformation.values());
    }
}
