package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.tools.options.InvalidOptionsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatorOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutOptionsPlaysTheFiveDemoTerminalsWithTheDemoCardsFor30Seconds() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse();

        assertThat(options.help()).isFalse();
        assertThat(options.brokerAddress()).isEqualTo("localhost:7676");
        assertThat(options.queue()).isEqualTo("TerminalEvents");
        assertThat(options.user()).isEqualTo("terminal");
        assertThat(options.password()).isEqualTo("Demo-terminal-1");
        assertThat(options.terminals()).extracting(SimulatedTerminal::id)
                .containsExactly("FUEL-0001", "CANTEEN-0001", "GATE-0001", "BUS-0001", "KIOSK-0001");
        assertThat(options.terminals()).extracting(SimulatedTerminal::key).containsOnly("demo-terminal-key");
        assertThat(options.terminals()).extracting(SimulatedTerminal::kind).containsExactly(SimulatedTerminalKind.values());
        assertThat(options.cards().usableAt(SimulatedTerminalKind.FUEL_POS)).containsExactly("7005990000000010",
                "7005990000000028", "7005990000000036", "7005990000000044", "7005990000000051");
        assertThat(options.cards().usableAt(SimulatedTerminalKind.CANTEEN_POS)).containsExactly("10000001", "10000002",
                "10000003");
        assertThat(options.threads()).isEqualTo(8);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isZero();
        assertThat(options.count()).isZero();
        assertThat(options.rate()).isZero();
        assertThat(options.mix().toString()).isEqualTo(OperationMix.DEFAULT);
        assertThat(options.duplicatesPercent()).isZero();
        assertThat(options.malformedPercent()).isZero();
        assertThat(options.eventsLog()).isNull();
        assertThat(options.reportEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.retries()).isZero();
        assertThat(options.seed()).isNull();
    }

    @Test
    void readsEveryOptionInBothSpellings() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse("--broker", "mq://cardhub.example:17676/", "--queue=Q1",
                "--user", "terminals", "--password=s3cret", "--threads", "32", "--timeout", "2500ms",
                "--duration=5m", "--count", "1000", "--rate", "250.5", "--mix", "FARE=1", "--duplicates", "2.5",
                "--malformed=1", "--events-log", dir.resolve("events.jsonl").toString(), "--report-every", "0",
                "--retries", "3", "--reconnect-for", "2m", "--seed", "-42");

        assertThat(options.brokerAddress()).isEqualTo("cardhub.example:17676");
        assertThat(options.queue()).isEqualTo("Q1");
        assertThat(options.user()).isEqualTo("terminals");
        assertThat(options.password()).isEqualTo("s3cret");
        assertThat(options.threads()).isEqualTo(32);
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.count()).isEqualTo(1000);
        assertThat(options.rate()).isEqualTo(250.5);
        assertThat(options.mix().weights()).containsExactlyEntriesOf(Map.of(Operation.FARE, 1));
        assertThat(options.duplicatesPercent()).isEqualTo(2.5);
        assertThat(options.malformedPercent()).isEqualTo(1);
        assertThat(options.eventsLog()).isEqualTo(dir.resolve("events.jsonl"));
        assertThat(options.reportEvery()).isZero();
        assertThat(options.retries()).isEqualTo(3);
        assertThat(options.reconnectFor()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.seed()).isEqualTo(-42);
    }

    @Test
    void aCountAloneRunsWithoutATimeLimit() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse("--count", "10");

        assertThat(options.duration()).isNull();
        assertThat(options.count()).isEqualTo(10);
    }

    @Test
    void aWarmUpPrecedesTheCountedDuration() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse("--warmup", "10s", "--duration", "30s", "--rate", "250");

        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theBrokerPortDefaultsTo7676() throws Exception {
        assertThat(SimulatorOptions.parse("--broker", "mq-host").brokerAddress()).isEqualTo("mq-host:7676");
    }

    @Test
    void theBrokersOfAClusterAreListedWithCommas() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse("--broker", "10.0.0.5:7676, mq://10.0.0.5:7677/");

        assertThat(options.brokerAddress()).isEqualTo("10.0.0.5:7676,10.0.0.5:7677");
    }

    @Test
    void helpIsAFlag() throws Exception {
        assertThat(SimulatorOptions.parse("--help").help()).isTrue();
        assertThat(SimulatorOptions.parse("-h").help()).isTrue();
        assertThat(SimulatorOptions.usage()).contains("--broker", "--terminals", "--terminal ", "--cards",
                "--threads", "--timeout", "--duration", "--count", "--rate", "--mix", "--duplicates", "--malformed",
                "--events-log", "--retries", "localhost:7676", "TerminalEvents", OperationMix.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "30s|30000", "500ms|500", "1.5m|90000", "2h|7200000", "45|45000", "PT1M|60000"})
    void readsDurations(String text, long millis) throws Exception {
        assertThat(SimulatorOptions.duration("duration", text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--frobnicate 1|unknown option --frobnicate",
        "--threads|--threads needs a value",
        "--threads --count 5|--threads needs a value",
        "--threads many|--threads: 'many' is not a whole number",
        "--threads 0|--threads: 0 is not between 1 and 1000",
        "--duration soon|--duration: 'soon' is not a duration such as 500ms, 30s, 5m or 1h",
        "--duration 0s|--duration must be more than zero",
        "--timeout -1s|--timeout: '-1s' is not a duration",
        "--count 0|--count: 0 is less than 1",
        "--warmup 5s --count 10|--warmup goes with --duration, not with --count",
        "--warmup later|--warmup: 'later' is not a duration",
        "--rate 0|--rate must be more than zero",
        "--rate fast|--rate: 'fast' is not a number",
        "--duplicates 150|--duplicates: 150 is not between 0 and 100",
        "--malformed -1|--malformed: -1 is not between 0 and 100",
        "--mix PURCHASE=1,BOGUS=2|--mix: unknown operation 'BOGUS'",
        "--broker host:port|--broker: 'port' is not a whole number",
        "--broker :7676|--broker: ':7676' is not HOST:PORT",
        "--broker host:7676,|--broker: 'host:7676,' is not HOST:PORT",
        "--threads 2 --threads 3|--threads is given twice",
        "--help=yes|--help takes no value",
        "plain|unexpected argument 'plain'",
        "--terminal FUEL-0001|--terminal: 'FUEL-0001' is not ID:KEY[:KIND]",
        "--terminal POS-1:key|cannot tell the kind of terminal POS-1",
        "--terminal FUEL-1:k --terminal FUEL-1:k|terminal FUEL-1 is given twice",
        "--cards /no/such/cards.txt|--cards: cannot read /no/such/cards.txt"})
    void saysWhatIsWrongWithABadCommandLine(String commandLine, String message) {
        assertThatThrownBy(() -> SimulatorOptions.parse(commandLine.split(" ")))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining(message);
    }

    @Test
    void terminalsComeFromTheCommandLineWithTheirKindNamedOrTakenFromTheId() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse("--terminal", "FUEL-0007:k1", "--terminal",
                "POS-9:key:with:colons:canteen_pos", "--terminal", "T-1:k3:GATE");

        assertThat(options.terminals()).containsExactly(
                new SimulatedTerminal("FUEL-0007", "k1", SimulatedTerminalKind.FUEL_POS),
                new SimulatedTerminal("POS-9", "key:with:colons", SimulatedTerminalKind.CANTEEN_POS),
                new SimulatedTerminal("T-1", "k3", SimulatedTerminalKind.TURNSTILE));
    }

    @Test
    void terminalsComeFromACsvFileWithOrWithoutHeaderAndKind() throws Exception {
        Path file = Files.writeString(dir.resolve("terminals.csv"), """
                terminalId,secretKey,kind
                # the test bench
                FUEL-0002, key-2
                LANE-7,key-7,TRANSPORT_VALIDATOR

                KIOSK-0009,key-9,
                """);

        SimulatorOptions options = SimulatorOptions.parse("--terminals", file.toString(), "--terminal",
                "GATE-0002:key-g");

        assertThat(options.terminals()).containsExactly(
                new SimulatedTerminal("FUEL-0002", "key-2", SimulatedTerminalKind.FUEL_POS),
                new SimulatedTerminal("LANE-7", "key-7", SimulatedTerminalKind.TRANSPORT_VALIDATOR),
                new SimulatedTerminal("KIOSK-0009", "key-9", SimulatedTerminalKind.CASH_KIOSK),
                new SimulatedTerminal("GATE-0002", "key-g", SimulatedTerminalKind.TURNSTILE));
    }

    @Test
    void aBadTerminalFileLineIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("terminals.csv"), "FUEL-0002,key,BLIMP\n");

        assertThatThrownBy(() -> SimulatorOptions.parse("--terminals", file.toString()))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("--terminals: ").hasMessageContaining("line 1: unknown terminal kind 'BLIMP'");
    }

    @Test
    void cardsComeFromAFileByGroup() throws Exception {
        Path file = Files.writeString(dir.resolve("cards.txt"), """
                # fleet
                7005990000000010,fuel
                7005990000000028 , FUEL
                10000001,school
                +79991234567
                """);

        CardPool cards = SimulatorOptions.parse("--cards", file.toString()).cards();

        assertThat(cards.size()).isEqualTo(4);
        assertThat(cards.usableAt(SimulatedTerminalKind.FUEL_POS)).containsExactly("7005990000000010", "7005990000000028",
                "+79991234567");
        assertThat(cards.usableAt(SimulatedTerminalKind.CASH_KIOSK)).containsExactly("10000001", "+79991234567");
    }

    @Test
    void aBadCardFileIsNamed() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing\n");
        Path badGroup = Files.writeString(dir.resolve("bad.txt"), "7005990000000010,truck\n");

        assertThatThrownBy(() -> SimulatorOptions.parse("--cards", empty.toString()))
                .hasMessageContaining("has no cards");
        assertThatThrownBy(() -> SimulatorOptions.parse("--cards", badGroup.toString()))
                .hasMessageContaining("line 1: unknown card group 'truck' (fuel, school or any)");
    }
}
