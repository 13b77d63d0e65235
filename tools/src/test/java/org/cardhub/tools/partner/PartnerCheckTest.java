package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cardhub.tools.options.InvalidOptionsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerCheckTest {

    @TempDir
    Path dir;

    @Test
    void takesTheDatabaseAndTheRequestsLog() throws Exception {
        assertThat(PartnerCheck.options("--db-url", "jdbc:postgresql://localhost/cardhub", "--db-user=cardhub",
                "--db-password", "secret", "--requests", "requests.jsonl")).containsExactly(
                Map.entry("db-url", "jdbc:postgresql://localhost/cardhub"), Map.entry("db-user", "cardhub"),
                Map.entry("db-password", "secret"), Map.entry("requests", "requests.jsonl"));
    }

    @Test
    void refusesAMissingLogOrDatabaseAndUnknownOptions() {
        assertThatThrownBy(() -> PartnerCheck.options("--db-url", "jdbc:postgresql://localhost/cardhub"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("Missing --requests");
        assertThatThrownBy(() -> PartnerCheck.options("--requests", "requests.jsonl"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("Missing --db-url");
        assertThatThrownBy(() -> PartnerCheck.options("--events", "events.jsonl"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("unknown option --events");
    }

    @Test
    void readsEveryLoggedRequestAndNamesTheLinesThatAreNone() throws Exception {
        LoggedRequest timedOut = LoggedRequest.of(Target.REST, "agent-demo", "measured",
                Delivery.failed(Call.fresh("1", "20261121123015", "10000001", "1.00"), 2, "timeout"));
        Path file = Files.writeString(dir.resolve("requests.jsonl"), timedOut.toJson() + "\n\n{\"target\":\"rest\"",
                StandardCharsets.UTF_8);

        PartnerCheck.Log log = PartnerCheck.read(file);

        assertThat(log.requests()).containsExactly(timedOut);
        assertThat(log.problems()).containsExactly(file + " line 3 is not a logged request: not a JSON object");
    }

    @Test
    void aLogThatCannotBeReadFailsTheCheckWithoutTouchingTheDatabase() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean passed = PartnerCheck.check(Map.of("db-url", "jdbc:postgresql://localhost:1/none", "requests",
                dir.resolve("missing.jsonl").toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(passed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("partner check: FAILED (cannot read ");
    }

    @Test
    void theReportCountsKeysByHowTheyWereAnsweredAndFound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartnerVerdict.Counts counts = new PartnerVerdict.Counts(120, 5, 7, 115, 100, 100, 3,
                new PartnerVerdict.Open(10, 4, 0, 6), new PartnerVerdict.Open(2, 0, 1, 1));

        PartnerCheck.report(counts, new Books(Map.of(), Map.of(), Map.of(), 2016L, List.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "partner check: 120 requests logged under 115 keys (5 replays, 7 sent more than once)",
                "partner check: 100 keys answered as credited, 100 of them in the books as answered; 3 refused",
                "partner check: 10 keys ended with an I/O error (no answer): 4 credited once, 0 declined, 6 absent",
                "partner check: 2 keys ended with another open answer (5xx, 401, 409, 429, ...): 0 credited once,"
                        + " 1 declined, 1 absent",
                "partner check: 0 partner top-ups from entry 2016 on without an idempotency record");
    }
}
