package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestsLogTest {

    private static final Call CALL = Call.fresh("17637174157000000042", "20261121123015", "10000001", "1.00");
    private static final String CREATED = "{\"id\":2016,\"status\":\"APPROVED\",\"amount\":\"1.00\"}";

    @TempDir
    Path dir;

    private static JsonObject json(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    @Test
    void aCreditedRestTopUpIsOneJsonLineWithItsKeyAttemptsAnswerAndEntry() {
        Delivery delivery = Delivery.answered(CALL, 3, Target.REST.read(201, CREATED), 2016L);

        String line = LoggedRequest.of(Target.REST, "agent-demo", "measured", delivery).toJson();

        assertThat(line).doesNotContain("\n");
        assertThat(json(line)).isEqualTo(json("""
                {"target":"rest","client":"agent-demo","phase":"measured","key":"17637174157000000042",
                 "account":"10000001","amount":"1.00","replay":false,"attempts":3,"status":201,
                 "result":"APPROVED","credited":true,"failure":null,"id":2016}"""));
    }

    @Test
    void aRequestWithoutAnAnswerHasNullStatusResultAndIdAndSaysWhy() {
        Delivery delivery = Delivery.failed(CALL, 4, "timeout");

        JsonObject line = json(LoggedRequest.of(Target.AGENT, "agent-demo", "warmup", delivery).toJson());

        assertThat(line.getString("target")).isEqualTo("agent");
        assertThat(line.getString("phase")).isEqualTo("warmup");
        assertThat(line.isNull("status")).isTrue();
        assertThat(line.isNull("result")).isTrue();
        assertThat(line.getBoolean("credited")).isFalse();
        assertThat(line.getString("failure")).isEqualTo("timeout");
        assertThat(line.isNull("id")).isTrue();
        assertThat(line.getInt("attempts")).isEqualTo(4);
    }

    @Test
    void aReplayIsLoggedAsSuchUnderItsOriginalsKey() {
        Target.Answer credited = Target.REST.read(201, CREATED);
        Delivery delivery = Delivery.answered(CALL.replayOf(credited), 1, credited, 2016L);

        JsonObject line = json(LoggedRequest.of(Target.REST, "agent-demo", "measured", delivery).toJson());

        assertThat(line.getBoolean("replay")).isTrue();
        assertThat(line.getString("key")).isEqualTo("17637174157000000042");
    }

    @Test
    void aLineReadsBackAsWritten() {
        LoggedRequest written = LoggedRequest.of(Target.AGENT, "agent-other", "measured",
                Delivery.answered(CALL, 2, Target.AGENT.read(200, "<response><result>5</result></response>"), null));

        LoggedRequest read = LoggedRequest.parse(written.toJson());

        assertThat(read).isEqualTo(written);
        assertThat(read.scope()).isEqualTo("agent:agent-other");
        assertThat(read.refused()).isTrue();
    }

    @Test
    void theLogHasOneParsableLinePerRequestAndIsWrittenByManyClientsAtOnce() throws Exception {
        Path file = dir.resolve("requests.jsonl");
        try (RequestsLog log = RequestsLog.to(file)) {
            List<Thread> clients = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int first = writer * 250;
                Thread client = new Thread(() -> {
                    for (int i = first; i < first + 250; i++) {
                        log.write(LoggedRequest.of(Target.REST, "agent-demo", "measured", Delivery.answered(
                                Call.fresh(Integer.toString(i), "20261121123015", "10000001", "1.00"), 1,
                                Target.REST.read(201, CREATED), 2016L)));
                    }
                });
                client.start();
                clients.add(client);
            }
            for (Thread client : clients) {
                client.join();
            }
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1000);
        assertThat(lines.stream().map(LoggedRequest::parse).map(LoggedRequest::key).distinct()).hasSize(1000);
    }

    @Test
    void withoutAFileNothingIsWritten() {
        RequestsLog.NONE.write(LoggedRequest.of(Target.REST, "agent-demo", "measured", Delivery.failed(CALL, 1, "timeout")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"target\":\"rest\"|not a JSON object",
            "[1,2]|not a JSON object",
            "{\"target\":\"soap\"}|target 'soap' is neither rest nor agent",
            "{\"target\":\"rest\",\"client\":\"c\",\"phase\":\"measured\",\"key\":\"1\",\"account\":\"1\",\"amount\":\"1.00\","
                    + "\"replay\":false}|\"attempts\" is missing",
            "{\"target\":\"rest\",\"client\":\"c\",\"phase\":\"measured\",\"key\":1}|\"key\" is not text",
            "{\"target\":\"rest\",\"client\":\"c\",\"phase\":\"measured\",\"key\":\"1\",\"account\":\"1\",\"amount\":\"1.00\","
                    + "\"replay\":\"no\"}|\"replay\" is not true or false",
            "{\"target\":\"rest\",\"client\":\"c\",\"phase\":\"measured\",\"key\":\"1\",\"account\":\"1\",\"amount\":\"1.00\","
                    + "\"replay\":false,\"attempts\":1,\"status\":201.5,\"credited\":true}|\"status\" is not a whole number"})
    void aLineThatIsNoLoggedRequestIsRefusedWithTheReason(String line, String reason) {
        assertThatThrownBy(() -> LoggedRequest.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }
}
