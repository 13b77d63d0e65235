package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FakeCardhub cardhub;

    private int launch(String... args) {
        return Simulator.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), options -> {
                    cardhub = new FakeCardhub(options.terminals());
                    return cardhub;
                });
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonObject summary() {
        List<String> lines = out().lines().filter(l -> l.startsWith("SIMULATOR-SUMMARY ")).toList();
        assertThat(lines).hasSize(1);
        return Json.createReader(new StringReader(lines.get(0).substring("SIMULATOR-SUMMARY ".length())))
                .readObject();
    }

    @Test
    void aRunAgainstCardhubReportsEverythingAndEndsWithTheSummaryLine() throws Exception {
        Path log = dir.resolve("events.jsonl");

        int exit = launch("--threads", "4", "--count", "400", "--duplicates", "10", "--malformed", "5",
                "--events-log", log.toString(), "--seed", "3", "--report-every", "0");

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        assertThat(cardhub.violations()).isEmpty();
        assertThat(cardhub.connectionsOpened()).isEqualTo(4);
        JsonObject summary = summary();
        assertThat(out().strip()).endsWith(summary.toString());
        assertThat(summary.getInt("threads")).isEqualTo(4);
        assertThat(summary.getJsonNumber("sent").longValue()).isEqualTo(summary.getJsonNumber("replies").longValue())
                .isGreaterThan(400);
        assertThat(summary.getInt("timeouts")).isZero();
        assertThat(summary.getJsonObject("duplicates").getInt("sentTwice")).isPositive();
        assertThat(summary.getJsonObject("duplicates").getInt("mismatches")).isZero();
        assertThat(summary.getJsonObject("malformed").getInt("sent")).isPositive();
        assertThat(summary.getJsonObject("latencyMs").keySet()).containsExactlyInAnyOrder("count", "p50", "p95",
                "p99", "max");
        assertThat(summary.getJsonObject("outcomes").keySet()).contains("APPROVED/OK", "ACCEPTED/OK");
        assertThat(summary.getJsonObject("outcomesByType").keySet())
                .contains("AUTHORIZE", "COMPLETE", "PURCHASE", "ENTRY", "FARE", "CASH_IN");
        long outcomes = summary.getJsonObject("outcomes").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertThat(outcomes).isEqualTo(summary.getJsonNumber("events").longValue());
        assertThat(Files.readAllLines(log)).hasSize(summary.getInt("sent"));
        assertThat(out()).contains("latency     p50", "throughput", "duplicates", "malformed");
    }

    @Test
    void theDefaultRunUsesTheDemoTerminalsAndCards() {
        int exit = launch("--count", "200", "--threads", "2", "--report-every", "0");

        assertThat(exit).isZero();
        Set<String> terminals = cardhub.received().stream().map(e -> e.getString("terminalId"))
                .collect(Collectors.toSet());
        assertThat(terminals).containsExactlyInAnyOrder("FUEL-0001", "CANTEEN-0001", "GATE-0001", "BUS-0001",
                "KIOSK-0001");
    }

    @Test
    void anOpenLoopRunSendsAtItsRate() {
        int exit = launch("--rate", "200", "--duration", "1s", "--threads", "4", "--mix", "FARE=1",
                "--report-every", "0");

        assertThat(exit).isZero();
        JsonObject summary = summary();
        assertThat(summary.getString("load")).startsWith("open loop at 200.0 operations/s");
        assertThat(summary.getInt("events")).isBetween(195, 200);
    }

    @Test
    void progressLinesAppearWhileRunning() {
        launch("--duration", "1.2s", "--threads", "2", "--report-every", "500ms");

        assertThat(out().lines().filter(l -> l.startsWith("[")).count()).isGreaterThanOrEqualTo(2);
        assertThat(out()).contains("replies/s, p50");
    }

    @Test
    void operationsNoTerminalPerformsAreLeftOutWithAWarning() {
        int exit = launch("--terminal", "BUS-0001:demo-terminal-key", "--count", "10", "--report-every", "0");

        assertThat(exit).isZero();
        assertThat(err()).contains("AUTHORIZE_COMPLETE is left out of the mix").contains("CASH_IN is left out");
        assertThat(cardhub.received()).extracting(e -> e.getString("type")).containsOnly("FARE");
    }

    @Test
    void aMixNoTerminalCanPerformIsABadCommandLine() {
        int exit = launch("--terminal", "BUS-0001:demo-terminal-key", "--mix", "CASH_IN=1", "--count", "1");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("none of the operations of the mix (CASH_IN=1)");
    }

    @Test
    void anUnreachableBrokerIsOneClearLineAndExitCode2() {
        int exit = Simulator.launch(new String[] {"--count", "1"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                options -> new FakeCardhub(options.terminals()).unreachable());

        assertThat(exit).isEqualTo(2);
        assertThat(err().lines().toList()).containsExactly(
                "simulator: cannot connect to the OpenMQ broker at fake-cardhub:7676: Connection refused");
        assertThat(out()).doesNotContain("SIMULATOR-SUMMARY");
    }

    @Test
    void withoutTheOpenMqClientTheRealBrokerIsUnreachableAndSaysWhy() {
        int exit = Simulator.launch(new String[] {"--broker", "localhost:17676", "--count", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null);

        assertThat(exit).isEqualTo(2);
        assertThat(err()).startsWith("simulator: cannot connect to the OpenMQ broker at localhost:17676");
    }

    @Test
    void aBadOptionIsExitCode1WithTheReason() {
        int exit = launch("--threads", "none");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("simulator: --threads: 'none' is not a whole number (--help lists the options)"
                + System.lineSeparator());
    }

    @Test
    void helpPrintsTheOptions() {
        int exit = launch("--help");

        assertThat(exit).isZero();
        assertThat(Arrays.stream(out().split("\\R")).filter(l -> l.startsWith("  --")).count()).isEqualTo(22);
    }
}
