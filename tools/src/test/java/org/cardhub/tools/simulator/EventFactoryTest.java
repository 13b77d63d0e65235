package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EventFactoryTest {

    private static final String MONEY = "\\d+\\.\\d{2}";
    private static final String LITRES = "\\d+\\.\\d{3}";
    private static final SimulatedTerminal FUEL = new SimulatedTerminal("FUEL-0001", "demo-terminal-key", SimulatedTerminalKind.FUEL_POS);
    private static final SimulatedTerminal CANTEEN = new SimulatedTerminal("CANTEEN-0001", "demo-terminal-key",
            SimulatedTerminalKind.CANTEEN_POS);
    private static final SimulatedTerminal GATE = new SimulatedTerminal("GATE-0001", "demo-terminal-key", SimulatedTerminalKind.TURNSTILE);
    private static final SimulatedTerminal BUS = new SimulatedTerminal("BUS-0001", "demo-terminal-key",
            SimulatedTerminalKind.TRANSPORT_VALIDATOR);
    private static final SimulatedTerminal KIOSK = new SimulatedTerminal("KIOSK-0001", "demo-terminal-key", SimulatedTerminalKind.CASH_KIOSK);

    private final EventFactory events = new EventFactory(
            Clock.fixed(Instant.parse("2026-11-21T05:12:03.456Z"), ZoneId.of("Europe/Moscow")));
    private final Random random = new Random();

    private static JsonObject json(OutgoingMessage message) {
        return Json.createReader(new StringReader(message.text())).readObject();
    }

    /** What every event has: v 1, a fresh UUID, the sender, type, seconds with offset, card; signed text. */
    private static JsonObject assertCommonShape(OutgoingMessage message, SimulatedTerminal terminal, String type) {
        JsonObject event = json(message);
        assertThat(event.getInt("v")).isEqualTo(1);
        assertThat(UUID.fromString(event.getString("eventId")).toString()).isEqualTo(message.eventId());
        assertThat(event.getString("terminalId")).isEqualTo(terminal.id()).isEqualTo(message.terminalId());
        assertThat(event.getString("type")).isEqualTo(type).isEqualTo(message.type());
        assertThat(event.getString("occurredAt")).isEqualTo("2026-11-21T08:12:03+03:00");
        assertThat(OffsetDateTime.parse(event.getString("occurredAt")).toInstant())
                .isEqualTo(Instant.parse("2026-11-21T05:12:03Z"));
        assertThat(event.getString("card")).isEqualTo(message.card());
        assertThat(event.getBoolean("offline")).isFalse();
        assertThat(message.signature()).isEqualTo(Signature.of(message.text(), terminal.key()));
        assertThat(message.malformed()).isFalse();
        if (!type.equals("COMPLETE") && !type.equals("REVERSAL")) {
            assertThat(event).doesNotContainKey("refEventId");
        }
        return event;
    }

    private static BigDecimal money(JsonObject event) {
        assertThat(event.get("amount")).isInstanceOf(JsonString.class);
        assertThat(event.getString("amount")).matches(MONEY);
        return new BigDecimal(event.getString("amount"));
    }

    @RepeatedTest(50)
    void anAuthorisationHoldsFuelForAnAmountAndItsVolume() {
        OutgoingMessage authorize = events.authorize(FUEL, "7005990000000010", random);

        JsonObject event = assertCommonShape(authorize, FUEL, "AUTHORIZE");
        BigDecimal amount = money(event);
        assertThat(amount).isBetween(new BigDecimal("50.00"), new BigDecimal("1500.00"));
        assertThat(event.getString("volume")).matches(LITRES)
                .isEqualTo(amount.divide(new BigDecimal("55.00"), 3, RoundingMode.HALF_UP).toPlainString());
        assertThat(event.getString("product")).isEqualTo("AI-95");
        assertThat(authorize.amount()).isEqualTo(event.getString("amount"));
        assertThat(authorize.volume()).isEqualTo(event.getString("volume"));
    }

    @RepeatedTest(50)
    void aCompletionRefersToItsHoldAndTakesNoMoreThanWasAuthorised() {
        OutgoingMessage authorize = events.authorize(FUEL, "7005990000000028", random);
        BigDecimal authorised = new BigDecimal(authorize.amount());
        BigDecimal authorisedVolume = new BigDecimal(authorize.volume());

        OutgoingMessage complete = events.complete(FUEL, "7005990000000028", authorize.eventId(), authorised,
                authorisedVolume, random);

        JsonObject event = assertCommonShape(complete, FUEL, "COMPLETE");
        assertThat(event.getString("refEventId")).isEqualTo(authorize.eventId()).isEqualTo(complete.refEventId());
        assertThat(money(event)).isLessThanOrEqualTo(authorised).isGreaterThanOrEqualTo(new BigDecimal("1.00"));
        assertThat(event.getString("volume")).matches(LITRES);
        assertThat(new BigDecimal(event.getString("volume"))).isLessThanOrEqualTo(authorisedVolume);
        assertThat(complete.eventId()).isNotEqualTo(authorize.eventId());
    }

    @Test
    void aCompletionStaysWithinAPartlyApprovedVolume() {
        OutgoingMessage complete = events.complete(FUEL, "7005990000000028", "ref", new BigDecimal("1000.00"),
                new BigDecimal("2.500"), new Random(1));

        assertThat(new BigDecimal(json(complete).getString("volume"))).isLessThanOrEqualTo(new BigDecimal("2.500"));
    }

    @RepeatedTest(50)
    void aCanteenPurchaseListsOneToThreeDishesThatAddUpToItsAmount() {
        JsonObject event = assertCommonShape(events.purchase(CANTEEN, "10000001", random), CANTEEN, "PURCHASE");

        BigDecimal amount = money(event);
        assertThat(amount).isBetween(new BigDecimal("40.00"), new BigDecimal("200.00"));
        assertThat(event.getJsonArray("items")).hasSizeBetween(1, 3);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue value : event.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            assertThat(item.getString("name")).isNotBlank();
            assertThat(item.getString("category")).isIn("HOT_MEAL", "BUFFET");
            assertThat(item.getInt("qty")).isEqualTo(1);
            assertThat(item.getString("price")).matches(MONEY);
            sum = sum.add(new BigDecimal(item.getString("price")));
        }
        assertThat(sum).isEqualTo(amount);
    }

    @Test
    void aPurchaseAtTheFuelPosIsACarWash() {
        JsonObject event = assertCommonShape(events.purchase(FUEL, "7005990000000036", random), FUEL, "PURCHASE");

        assertThat(money(event)).isBetween(new BigDecimal("300.00"), new BigDecimal("1500.00"));
        assertThat(event.getString("product")).isEqualTo("CAR_WASH");
        assertThat(event.getJsonArray("items").getJsonObject(0).getString("category")).isEqualTo("CAR_WASH");
    }

    @Test
    void aReversalRefersToThePurchaseItCancels() {
        OutgoingMessage reversal = events.reversal(CANTEEN, "10000002", "0b9c6f3e-purchase", "95.50");

        JsonObject event = assertCommonShape(reversal, CANTEEN, "REVERSAL");
        assertThat(event.getString("refEventId")).isEqualTo("0b9c6f3e-purchase");
        assertThat(event.getString("amount")).isEqualTo("95.50");
    }

    @Test
    void aTurnstilePassCarriesNoMoney() {
        JsonObject entry = assertCommonShape(events.pass(GATE, "10000003", "ENTRY"), GATE, "ENTRY");
        JsonObject exit = assertCommonShape(events.pass(GATE, "10000003", "EXIT"), GATE, "EXIT");

        assertThat(entry).doesNotContainKeys("amount", "volume", "items");
        assertThat(exit).doesNotContainKeys("amount", "volume", "items");
    }

    @RepeatedTest(20)
    void aFareAndACashInAreWholeRoubles() {
        BigDecimal fare = money(assertCommonShape(events.fare(BUS, "10000001", random), BUS, "FARE"));
        BigDecimal cash = money(assertCommonShape(events.cashIn(KIOSK, "10000001", random), KIOSK, "CASH_IN"));

        assertThat(fare).isBetween(new BigDecimal("20.00"), new BigDecimal("60.00"));
        assertThat(fare.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        assertThat(cash).isBetween(new BigDecimal("50.00"), new BigDecimal("2000.00"));
        assertThat(cash.remainder(BigDecimal.TEN).signum()).isZero();
    }

    @Test
    void everyEventHasAFreshEventId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(events.fare(BUS, "10000001", random).eventId());
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void anOffsetOfZeroIsWrittenAsAnOffsetToo() {
        EventFactory utc = new EventFactory(Clock.fixed(Instant.parse("2026-11-21T05:12:03Z"), ZoneId.of("UTC")));

        assertThat(json(utc.pass(GATE, "10000001", "ENTRY")).getString("occurredAt"))
                .isEqualTo("2026-11-21T05:12:03+00:00");
    }
}
