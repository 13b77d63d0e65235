package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.tools.options.InvalidOptionsException;
import org.cardhub.tools.session.SessionOptions.Mode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionOptionsTest {

    @TempDir
    Path dir;

    @Test
    void signInNeedsOnlyTheUserThePasswordAndTheStateAndOpensTheParentsHomeThroughTheLoadBalancer() throws Exception {
        SessionOptions options = SessionOptions.parse("sign-in", "--user", "parent", "--password", "Demo-pass-1",
                "--state", "parent.json");

        assertThat(options.help()).isFalse();
        assertThat(options.mode()).isEqualTo(Mode.SIGN_IN);
        assertThat(options.baseUrl()).hasToString("http://localhost:8080/cardhub");
        assertThat(options.page()).hasToString("http://localhost:8080/cardhub/cabinet/parent/index.xhtml");
        assertThat(options.user()).isEqualTo("parent");
        assertThat(options.password()).isEqualTo("Demo-pass-1");
        assertThat(options.state()).isEqualTo(Path.of("parent.json"));
    }

    @Test
    void checkNeedsOnlyTheStateAndTakesTheUserFromIt() throws Exception {
        SessionOptions options = SessionOptions.parse("check", "--state=parent.json");

        assertThat(options.mode()).isEqualTo(Mode.CHECK);
        assertThat(options.user()).isNull();
        assertThat(options.password()).isNull();
    }

    @Test
    void thePageIsUnderTheBaseUrlUnlessItIsAUrlOfItsOwn() throws Exception {
        assertThat(SessionOptions.parse("check", "--state", "s", "--base-url", "http://127.0.0.1:8081/cardhub/",
                "--page", "cabinet/corporate/index.xhtml").page())
                .hasToString("http://127.0.0.1:8081/cardhub/cabinet/corporate/index.xhtml");
        assertThat(SessionOptions.parse("check", "--state", "s", "--page", "/cabinet").page())
                .hasToString("http://localhost:8080/cardhub/cabinet");
        assertThat(SessionOptions.parse("check", "--state", "s", "--page", "https://cardhub.example/cardhub/cabinet/"
                + "backoffice/index.xhtml").page()).hasToString("https://cardhub.example/cardhub/cabinet/backoffice/index.xhtml");
    }

    @Test
    void helpIsAFlagBeforeOrAfterTheModeAndTheUsageNamesEveryOptionAndTheExitCodes() throws Exception {
        assertThat(SessionOptions.parse("--help").help()).isTrue();
        assertThat(SessionOptions.parse("-h").help()).isTrue();
        assertThat(SessionOptions.parse("check", "--help").help()).isTrue();
        assertThat(SessionOptions.usage()).contains("sign-in", "check", "--base-url", "--user", "--password", "--page",
                "--state", "--help", "2 bad options", SessionOptions.DEFAULT_PAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sign-in --password p --state s|Missing --user",
            "sign-in --user parent --state s|Missing --password",
            "sign-in --user parent --password p|Missing --state",
            "check|Missing --state",
            "sign-in --user parent --password= --state s|--password must not be empty",
            "check --state s --password Demo-pass-1|--password is for sign-in only",
            "check --state s --user= |--user must not be blank",
            "check --state s --base-url ftp://host/cardhub|'ftp://host/cardhub' is not an http(s) URL",
            "check --state s --base-url http://bad^host/|is not a URL",
            "check --state s --page /cabinet/{parent}|is not a URL",
            "check --state s --timeout 5|unknown option --timeout",
            "check --state s --state t|--state is given twice",
            "check --state|--state needs a value",
            "sign-out --state s|unknown mode 'sign-out': sign-in or check",
            "--state s check|the mode comes first: sign-in or check",
            "check sign-in --state s|unexpected argument 'sign-in'"})
    void refusesACommandLineItCannotUse(String commandLine, String message) {
        assertThatThrownBy(() -> SessionOptions.parse(commandLine.strip().split(" ")))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining(message);
    }

    @Test
    void withoutArgumentsTheModeIsAskedFor() {
        assertThatThrownBy(SessionOptions::parse).isInstanceOf(InvalidOptionsException.class)
                .hasMessage("name the mode first: sign-in or check");
    }

    @Test
    void badOptionsEndTheLaunchWithExitCodeTwoAndAMessageOnStandardError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = SignInCheck.launch(new String[]{"sign-in", "--user", "parent", "--state", "s"},
                new PrintStream(out), new PrintStream(err), Clock.systemUTC());

        assertThat(exit).isEqualTo(SignInCheck.EXIT_BAD_OPTIONS).isEqualTo(2);
        assertThat(err.toString()).contains("cabinet session: Missing --password", "--help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkingWithoutAStateFileIsABadOptionThatSaysToSignInFirst() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = SignInCheck.launch(new String[]{"check", "--state", dir.resolve("none.json").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), Clock.systemUTC());

        assertThat(exit).isEqualTo(SignInCheck.EXIT_BAD_OPTIONS);
        assertThat(err.toString()).contains("--state: there is no", "none.json", "sign-in writes it");
    }
}
