package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.tools.options.InvalidOptionsException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerLoadOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutOptionsTheDemoAgentTopsUpTheDemoPupilsOverRestWith16ClientsFor30Seconds() throws Exception {
        PartnerLoadOptions options = PartnerLoadOptions.parse();

        assertThat(options.help()).isFalse();
        assertThat(options.target()).isEqualTo(Target.REST);
        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.rate()).isZero();
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.clientId()).isEqualTo("agent-demo");
        assertThat(options.secret()).isEqualTo("agent-demo-secret");
        assertThat(options.accounts()).containsExactly("10000001", "10000002", "10000003");
        assertThat(options.amount()).isEqualTo("1.00");
        assertThat(options.duplicatesPercent()).isZero();
        assertThat(options.baseUrl()).hasToString("http://localhost:8080/cardhub/");
        assertThat(options.tokenUrl()).hasToString("http://localhost:8180/realms/cardhub/protocol/openid-connect/token");
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.reportEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.seed()).isNull();
        assertThat(options.retries()).as("no request is sent again unless asked").isZero();
        assertThat(options.requestsLog()).isNull();
    }

    @Test
    void readsEveryOptionInBothSpellings() throws Exception {
        PartnerLoadOptions options = PartnerLoadOptions.parse("--target", "AGENT", "--clients=4", "--duration", "90",
                "--rate", "200", "--warmup=0", "--client-id", "agent-other", "--secret=s3cret", "--accounts",
                "10000001, 9001234567", "--amount", "10.45", "--duplicates", "2.5", "--base-url",
                "https://cardhub.example/app", "--token-url=https://sso.example/token", "--timeout", "2.5s",
                "--report-every", "0", "--seed", "-42", "--retries", "5", "--requests-log=" + dir.resolve("requests.jsonl"));

        assertThat(options.target()).isEqualTo(Target.AGENT);
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.rate()).isEqualTo(200);
        assertThat(options.warmup()).isZero();
        assertThat(options.clientId()).isEqualTo("agent-other");
        assertThat(options.secret()).isEqualTo("s3cret");
        assertThat(options.accounts()).containsExactly("10000001", "9001234567");
        assertThat(options.amount()).isEqualTo("10.45");
        assertThat(options.duplicatesPercent()).isEqualTo(2.5);
        assertThat(options.baseUrl()).hasToString("https://cardhub.example/app/");
        assertThat(options.tokenUrl()).hasToString("https://sso.example/token");
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.reportEvery()).isZero();
        assertThat(options.seed()).isEqualTo(-42L);
        assertThat(options.retries()).isEqualTo(5);
        assertThat(options.requestsLog()).isEqualTo(dir.resolve("requests.jsonl"));
    }

    @Test
    void aRateOfZeroIsAClosedLoop() throws Exception {
        assertThat(PartnerLoadOptions.parse("--rate", "0").rate()).isZero();
    }

    @Test
    void accountsComeFromAFileWhenPrefixedWithAt() throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.txt"), "# spread scenario\n90000001\n\n 90000002 \n"
                + "90000003,school\n");

        assertThat(PartnerLoadOptions.parse("--accounts", "@" + file).accounts())
                .containsExactly("90000001", "90000002", "90000003");
    }

    @Test
    void helpIsAFlagAndTheUsageNamesEveryOption() throws Exception {
        assertThat(PartnerLoadOptions.parse("--help").help()).isTrue();
        assertThat(PartnerLoadOptions.parse("-h").help()).isTrue();
        assertThat(PartnerLoadOptions.usage()).contains("--target", "--clients", "--duration", "--rate", "--warmup",
                "--client-id", "--secret", "--accounts", "--amount", "--duplicates", "--base-url", "--token-url",
                "--timeout", "--report-every", "--seed", "--retries", "--requests-log", "--help");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--target|soap|'soap' is neither rest nor agent",
            "--clients|0|--clients: 0 is not between 1 and 1000",
            "--clients|many|'many' is not a whole number",
            "--duration|0|--duration must be more than zero",
            "--duration|5m|'5m' is not a number of seconds",
            "--duration|-3|'-3' is not a number of seconds",
            "--rate|-1|--rate: -1 is not between 0 and 100000",
            "--rate|fast|'fast' is not a number",
            "--duplicates|101|--duplicates: 101 is not between 0 and 100",
            "--amount|1|'1' is not roubles with two decimals",
            "--amount|1,00|'1,00' is not roubles with two decimals",
            "--amount|0.00|'0.00' is not roubles with two decimals",
            "--amount|-1.00|'-1.00' is not roubles with two decimals",
            "--accounts|10000001,,10000002|'' is not an account",
            "--accounts|10000001;DROP|'10000001;DROP' is not an account",
            "--accounts|' '|'' is not an account",
            "--base-url|ftp://host/|'ftp://host/' is not an http(s) URL",
            "--token-url|http://bad host/|is not a URL",
            "--client-id|' '|--client-id must not be blank",
            "--seed|1.5|'1.5' is not a whole number",
            "--retries|-1|--retries: -1 is not between 0 and 50",
            "--retries|51|--retries: 51 is not between 0 and 50",
            "--retries|2.5|--retries: '2.5' is not a whole number",
            "--retries|many|--retries: 'many' is not a whole number",
            "--requests-log|' '|--requests-log must not be blank",
            "--requests-log|/no/such/directory/requests.jsonl|--requests-log: the directory /no/such/directory does not exist"})
    void refusesAnOptionValueItCannotUse(String option, String value, String message) {
        assertThatThrownBy(() -> PartnerLoadOptions.parse(option, value))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining(message);
    }

    @Test
    void refusesUnknownRepeatedAndValuelessOptions() {
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--threads", "8"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("unknown option --threads");
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--clients", "8", "--clients=4"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--clients is given twice");
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--clients", "--rate", "5"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--clients needs a value");
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--duration"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--duration needs a value");
        assertThatThrownBy(() -> PartnerLoadOptions.parse("rest"))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("unexpected argument 'rest'");
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--help=yes"))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--help takes no value");
    }

    @Test
    void aRequestsLogThatIsADirectoryIsRefused() {
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--requests-log", dir.toString()))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--requests-log: " + dir + " is a directory");
    }

    @Test
    void aRequestsLogInTheCurrentDirectoryIsAccepted() throws Exception {
        assertThat(PartnerLoadOptions.parse("--requests-log", "requests.jsonl").requestsLog())
                .isEqualTo(Path.of("requests.jsonl"));
    }

    @Test
    void anAccountsFileThatCannotBeReadIsAnOptionError() {
        assertThatThrownBy(() -> PartnerLoadOptions.parse("--accounts", "@" + dir.resolve("missing.txt")))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("cannot read");
    }

    @Test
    void anEmptyAccountsFileNamesNoAccount() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "# nothing\n\n");

        assertThatThrownBy(() -> PartnerLoadOptions.parse("--accounts", "@" + file))
                .isInstanceOf(InvalidOptionsException.class).hasMessage("--accounts names no account");
    }

    @Test
    void badOptionsEndTheLaunchWithExitCodeOneAndAMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = PartnerLoad.launch(new String[]{"--clients", "0"}, new PrintStream(out),
                new PrintStream(err));

        assertThat(exit).isEqualTo(PartnerLoad.EXIT_BAD_OPTIONS);
        assertThat(err.toString()).contains("--clients: 0 is not between 1 and 1000", "--help");
        assertThat(out.toString()).isEmpty();
    }
}
