package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalSessionTest {

    private static final List<SimulatedTerminal> DEMO = List.of(
            new SimulatedTerminal("FUEL-0001", "demo-terminal-key", SimulatedTerminalKind.FUEL_POS),
            new SimulatedTerminal("CANTEEN-0001", "demo-terminal-key", SimulatedTerminalKind.CANTEEN_POS),
            new SimulatedTerminal("GATE-0001", "demo-terminal-key", SimulatedTerminalKind.TURNSTILE),
            new SimulatedTerminal("BUS-0001", "demo-terminal-key", SimulatedTerminalKind.TRANSPORT_VALIDATOR),
            new SimulatedTerminal("KIOSK-0001", "demo-terminal-key", SimulatedTerminalKind.CASH_KIOSK));

    @TempDir
    Path dir;

    private final FakeCardhub cardhub = new FakeCardhub(DEMO);
    private final RunStatistics stats = new RunStatistics();
    private final ByteArrayOutputStream notices = new ByteArrayOutputStream();

    private void run(String mix, long count, double duplicates, double malformed, Duration timeout, EventsLog log)
            throws ChannelException {
        run(mix, count, duplicates, malformed, timeout, 0, log);
    }

    private void run(String mix, long count, double duplicates, double malformed, Duration timeout, int retries,
            EventsLog log) throws ChannelException {
        LoadPlan plan = new LoadPlan(DEMO, CardPool.demo(), OperationMix.parse(mix), duplicates, malformed, timeout,
                retries, Duration.ofSeconds(5));
        LoadSchedule schedule = LoadSchedule.startingNow(Duration.ZERO, null, count, 0);
        new TerminalSession(1, cardhub.open(), plan, schedule, cardhub, new EventFactory(Clock.systemDefaultZone()),
                stats, log, new Random(11), System::nanoTime,
                new PrintStream(notices, true, StandardCharsets.UTF_8)).run();
    }

    private void run(String mix, long count) throws ChannelException {
        run(mix, count, 0, 0, Duration.ofSeconds(5), EventsLog.none());
    }

    @Test
    void everyApprovedAuthorisationIsCompletedByReference() throws Exception {
        run("AUTHORIZE_COMPLETE=1", 50);

        List<JsonObject> events = cardhub.received();
        assertThat(events).hasSize(100);
        for (int i = 0; i < events.size(); i += 2) {
            JsonObject authorize = events.get(i);
            JsonObject complete = events.get(i + 1);
            assertThat(authorize.getString("type")).isEqualTo("AUTHORIZE");
            assertThat(complete.getString("type")).isEqualTo("COMPLETE");
            assertThat(complete.getString("refEventId")).isEqualTo(authorize.getString("eventId"));
            assertThat(complete.getString("card")).isEqualTo(authorize.getString("card"));
            assertThat(complete.getString("terminalId")).isEqualTo("FUEL-0001");
        }
        assertThat(cardhub.violations()).isEmpty();
        assertThat(stats.counts().outcomes()).containsExactlyEntriesOf(Map.of("APPROVED/OK", 100L));
        assertThat(stats.counts().outcomesByType()).containsOnlyKeys("AUTHORIZE", "COMPLETE");
    }

    @Test
    void reversalsCancelPurchasesThisSessionHadApprovedEachOnce() throws Exception {
        run("PURCHASE=1,REVERSAL=1", 400);

        Map<String, JsonObject> purchases = new HashMap<>();
        int reversals = 0;
        for (JsonObject event : cardhub.received()) {
            if (event.getString("type").equals("PURCHASE")) {
                purchases.put(event.getString("eventId"), event);
                assertThat(event.getString("terminalId")).isEqualTo("CANTEEN-0001");
            } else {
                reversals++;
                JsonObject purchase = purchases.remove(event.getString("refEventId"));
                assertThat(purchase).as("the purchase a reversal refers to").isNotNull();
                assertThat(event.getString("card")).isEqualTo(purchase.getString("card"));
                assertThat(event.getString("amount")).isEqualTo(purchase.getString("amount"));
            }
        }
        assertThat(reversals).isGreaterThan(100);
        assertThat(stats.counts().outcomes()).containsOnlyKeys("APPROVED/OK");
    }

    @Test
    void eachOperationGoesToATerminalOfTheRightKind() throws Exception {
        run("ENTRY=1,EXIT=1,FARE=1,CASH_IN=1", 200);

        for (JsonObject event : cardhub.received()) {
            String expected = switch (event.getString("type")) {
                case "ENTRY", "EXIT" -> "GATE-0001";
                case "FARE" -> "BUS-0001";
                default -> "KIOSK-0001";
            };
            assertThat(event.getString("terminalId")).isEqualTo(expected);
            assertThat(event.getString("card")).isIn(CardPool.DEMO_PUPILS);
        }
        assertThat(stats.counts().outcomes()).containsOnlyKeys("ACCEPTED/OK", "APPROVED/OK");
        assertThat(cardhub.violations()).isEmpty();
    }

    @Test
    void duplicatesAreSentTwiceAndBothAnswersCompared() throws Exception {
        run("FARE=1", 100, 100, 0, Duration.ofSeconds(5), EventsLog.none());

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.sent()).isEqualTo(200);
        assertThat(counts.replies()).isEqualTo(200);
        assertThat(counts.sentTwice()).isEqualTo(100);
        assertThat(counts.duplicateMismatches()).isZero();
        assertThat(counts.duplicatesUnanswered()).isZero();
        assertThat(counts.events()).isEqualTo(100);
        assertThat(cardhub.received()).hasSize(100);
    }

    @Test
    void malformedMessagesAreAnsweredAndCountedByKind() throws Exception {
        run(OperationMix.DEFAULT, 300, 0, 100, Duration.ofSeconds(5), EventsLog.none());

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.malformedSent()).isEqualTo(300);
        assertThat(counts.events()).isZero();
        assertThat(counts.timeouts()).isZero();
        assertThat(counts.malformedOutcomes()).containsOnlyKeys(
                "NOT_JSON", "MISSING_EVENT_ID", "AMOUNT_AS_NUMBER", "BAD_SIGNATURE", "UNKNOWN_TERMINAL", "OVERSIZED");
        assertThat(counts.malformedOutcomes().get("BAD_SIGNATURE")).containsOnlyKeys("DECLINED/BAD_SIGNATURE");
        assertThat(counts.malformedOutcomes().get("UNKNOWN_TERMINAL")).containsOnlyKeys("DECLINED/TERMINAL_UNKNOWN");
        assertThat(counts.malformedOutcomes().get("NOT_JSON")).containsOnlyKeys("DECLINED/INVALID_MESSAGE");
        assertThat(counts.malformedOutcomes().get("OVERSIZED")).containsOnlyKeys("DECLINED/INVALID_MESSAGE");
        assertThat(stats.latency().total().count()).as("no latency for malformed messages").isZero();
    }

    @Test
    void noReplyIsATimeoutAndAnAuthorisationWithoutAnswerIsNotCompleted() throws Exception {
        cardhub.silent();

        run("AUTHORIZE_COMPLETE=1", 3, 0, 0, Duration.ofMillis(50), EventsLog.none());

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.sent()).isEqualTo(3);
        assertThat(counts.timeouts()).isEqualTo(3);
        assertThat(counts.outcomes()).containsExactlyEntriesOf(Map.of("TIMEOUT", 3L));
        assertThat(cardhub.received()).extracting(e -> e.getString("type")).containsOnly("AUTHORIZE");
    }

    @Test
    void aMessageTheBrokerRefusesIsCountedAsRefusedAndTheSessionGoesOn() throws Exception {
        cardhub.refusingMessagesOver(10 * 1024);

        run("FARE=1", 200, 0, 30, Duration.ofSeconds(5), EventsLog.none());

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.malformedOutcomes().get("OVERSIZED")).containsOnlyKeys("BROKER_REFUSED/C4095");
        assertThat(counts.refusedByBroker()).isEqualTo(counts.malformedOutcomes().get("OVERSIZED")
                .get("BROKER_REFUSED/C4095"));
        assertThat(counts.connectionLosses()).isZero();
        assertThat(counts.timeouts()).isZero();
        assertThat(cardhub.connectionsOpened()).isEqualTo(1);
        assertThat(counts.events()).isPositive();
    }

    @Test
    void afterALostConnectionTheSessionReconnectsAndRetriesTheSameEvent() throws Exception {
        cardhub.losingTheConnectionAtSend(3);
        Path file = dir.resolve("events.jsonl");

        try (EventsLog log = EventsLog.appendingTo(file)) {
            run("FARE=1", 5, 0, 0, Duration.ofSeconds(5), 1, log);
        }

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.connectionLosses()).isEqualTo(1);
        assertThat(counts.reconnects()).isEqualTo(1);
        assertThat(counts.retries()).isEqualTo(1);
        assertThat(counts.outcomes()).containsExactlyEntriesOf(Map.of("APPROVED/OK", 5L));
        assertThat(cardhub.received()).hasSize(5);
        assertThat(cardhub.connectionsOpened()).isEqualTo(2);
        List<JsonObject> lines = Files.readAllLines(file).stream()
                .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertThat(lines).hasSize(6);
        JsonObject lost = lines.get(2);
        JsonObject retried = lines.get(3);
        assertThat(lost.getString("code")).isEqualTo("CONNECTION_LOST");
        assertThat(lost.getInt("attempt")).isEqualTo(1);
        assertThat(retried.getString("eventId")).isEqualTo(lost.getString("eventId"));
        assertThat(retried.getInt("attempt")).isEqualTo(2);
        assertThat(retried.getString("status")).isEqualTo("APPROVED");
        assertThat(notices.toString(StandardCharsets.UTF_8)).contains("session 1: sending failed: Broken pipe",
                "session 1: reconnected to fake-cardhub:7676");
    }

    @Test
    void anEventLeftUnansweredByALostConnectionIsRetriedEvenWhenTheRunIsOverMeanwhile() throws Exception {
        cardhub.losingTheConnectionAtSend(1).downAfterTheBreakFor(1);

        run("FARE=1", 1, 0, 0, Duration.ofSeconds(5), 1, EventsLog.none());

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.connectionLosses()).isEqualTo(1);
        assertThat(counts.reconnects()).isEqualTo(1);
        assertThat(counts.retries()).isEqualTo(1);
        assertThat(counts.sessionsLost()).isZero();
        assertThat(counts.outcomes()).containsExactlyEntriesOf(Map.of("APPROVED/OK", 1L));
        assertThat(cardhub.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void withoutRetriesALostConnectionIsTheOutcomeAndTheNextOperationReconnects() throws Exception {
        cardhub.losingTheConnectionAtSend(2);

        run("FARE=1", 4);

        RunStatistics.Counts counts = stats.counts();
        assertThat(counts.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVED/OK", 3L,
                "ERROR/CONNECTION_LOST", 1L));
        assertThat(counts.reconnects()).isEqualTo(1);
    }

    @Test
    void theEventsLogHasALinePerMessageWithItsReply() throws Exception {
        Path file = dir.resolve("logs/events.jsonl");
        try (EventsLog log = EventsLog.appendingTo(file)) {
            run("AUTHORIZE_COMPLETE=1,PURCHASE=1", 20, 50, 10, Duration.ofSeconds(5), log);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize((int) stats.sent());
        for (String line : lines) {
            JsonObject entry = Json.createReader(new StringReader(line)).readObject();
            assertThat(entry).containsKeys("eventId", "terminalId", "type", "amount", "sentAt", "status", "code",
                    "authCode", "latencyMs", "attempt", "copy", "session");
            assertThat(entry.getString("status")).isIn("APPROVED", "DECLINED");
            assertThat(entry.getJsonNumber("latencyMs").doubleValue()).isGreaterThanOrEqualTo(0);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"copy\":2"));
    }

    @Test
    void theEventsLogAppends() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"earlier\":true}\n");
        OutgoingMessage message = new EventFactory(Clock.systemDefaultZone()).pass(DEMO.get(2), "10000001", "EXIT");

        try (EventsLog log = EventsLog.appendingTo(file)) {
            log.write(message, 3, 1, 1, java.time.Instant.parse("2026-11-21T05:12:03Z"), TerminalReply.timeout(), null);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonObject entry = Json.createReader(new StringReader(lines.get(1))).readObject();
        assertThat(entry.getString("eventId")).isEqualTo(message.eventId());
        assertThat(entry.getString("type")).isEqualTo("EXIT");
        assertThat(entry.getString("status")).isEqualTo("TIMEOUT");
        assertThat(entry.isNull("latencyMs")).isTrue();
        assertThat(entry.getInt("session")).isEqualTo(3);
    }
}
