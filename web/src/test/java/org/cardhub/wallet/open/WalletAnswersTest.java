package org.cardhub.wallet.open;

import org.cardhub.callers.AccountRefusal;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.WalletRefusal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public wallet pages say, in Russian and English: a code sent and until when (Moscow time), a wrong code with
 * the attempts left, a block with its end, each refusal at the input it is about, and a refusal of the identity
 * provider at the password. Every key the pages and answers name exists in both.
 */
class WalletAnswersTest {

    private static final Instant AT_14_05_MOSCOW = Instant.parse("2026-09-01T11:05:00Z");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WalletAnswersTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** As PageMessages does it: only a text given arguments goes through MessageFormat. */
    private static String say(String language, Said said) throws IOException {
        String text = bundle(language).getProperty(said.key());
        assertThat(text).as(language + " " + said.key()).isNotNull();
        return said.arguments().isEmpty() ? text
                : new MessageFormat(text, Locale.forLanguageTag(language)).format(said.arguments().toArray());
    }

    @Test
    void aCodeSentSaysToWhichPhoneAndUntilWhenInMoscowTime() throws IOException {
        CodeSending sent = new CodeSending(CodeSending.Status.SENT, AT_14_05_MOSCOW, AT_14_05_MOSCOW.minusSeconds(240), null, 60);

        Said said = WalletAnswers.sending(sent, "+7 900 123-45-67");

        assertThat(said.field()).isEqualTo(Field.FORM);
        assertThat(say("ru", said)).isEqualTo("Код отправлен на +7 900 123-45-67, действует до 14:05 МСК.");
        assertThat(say("en", said)).contains("+7 900 123-45-67").contains("until 14:05 Moscow time");
    }

    @Test
    void tooSoonSaysHowLongToWaitAndABlockUntilWhenAtThePhone() throws IOException {
        Said tooSoon = WalletAnswers.sending(new CodeSending(CodeSending.Status.RESEND_TOO_SOON, null, AT_14_05_MOSCOW, null, 42), "");
        Said blocked = WalletAnswers.sending(new CodeSending(CodeSending.Status.BLOCKED, null, null, AT_14_05_MOSCOW, 3000), "");

        assertThat(say("ru", tooSoon)).isEqualTo("Код уже отправлен недавно. Новый можно запросить через 42 с.");
        assertThat(blocked.field()).isEqualTo(Field.PHONE);
        assertThat(say("ru", blocked)).isEqualTo("Слишком много неверных кодов: номер заблокирован до 14:05 МСК.");
    }

    @Test
    void aWrongCodeSaysHowManyAttemptsAreLeftAtTheCode() throws IOException {
        Said said = WalletAnswers.refused(new CodeNotAccepted(new CodeCheck(CodeCheck.Result.WRONG, 4, null, false)));

        assertThat(said.field()).isEqualTo(Field.CODE);
        assertThat(say("ru", said)).isEqualTo("Неверный код. Осталось попыток: 4.");
        assertThat(say("en", said)).isEqualTo("Wrong code. Attempts left: 4.");
    }

    @Test
    void theFifthWrongCodeAndALaterOneSayTheBlocksEnd() throws IOException {
        Said now = WalletAnswers.refused(new CodeNotAccepted(new CodeCheck(CodeCheck.Result.BLOCKED, 0, AT_14_05_MOSCOW, true)));
        Said later = WalletAnswers.refused(new CodeNotAccepted(new CodeCheck(CodeCheck.Result.BLOCKED, 0, AT_14_05_MOSCOW, false)));

        assertThat(say("ru", now)).isEqualTo("Неверный код. Это пятая ошибка: номер заблокирован до 14:05 МСК.");
        assertThat(say("ru", later)).isEqualTo("Слишком много неверных кодов: номер заблокирован до 14:05 МСК.");
        assertThat(later.field()).isEqualTo(Field.CODE);
    }

    @Test
    void eachRefusalIsSaidAtItsInput() {
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.FIRST_NAME_INVALID, ""))).isEqualTo(Field.FIRST_NAME);
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.LAST_NAME_INVALID, ""))).isEqualTo(Field.LAST_NAME);
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.PASSWORD_WEAK, ""))).isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.PHONE_TAKEN, ""))).isEqualTo(Field.PHONE);
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.NO_WALLET, ""))).isEqualTo(Field.PHONE);
        assertThat(fieldOf(new PhoneCodeRefusal(PhoneCodeRefusal.Code.PHONE_INVALID, ""))).isEqualTo(Field.PHONE);
        assertThat(fieldOf(new PhoneCodeRefusal(PhoneCodeRefusal.Code.CODE_FORMAT, ""))).isEqualTo(Field.CODE);
        assertThat(fieldOf(new WalletRefusal(WalletRefusal.Code.CARD_LIMIT, ""))).as("not of these pages").isEqualTo(Field.FORM);
    }

    @Test
    void aPasswordTheIdentityProviderRefusesIsSaidAtThePassword() throws IOException {
        Said said = WalletAnswers.refused(new AccountRefusal(AccountRefusal.Code.PASSWORD_REJECTED, ""));

        assertThat(said.field()).isEqualTo(Field.PASSWORD);
        assertThat(say("ru", said))
                .isEqualTo("Пароль не подходит: он совпадает с одним из последних трёх или не отвечает правилам.");
        assertThat(WalletAnswers.refused(new WalletRefusal(WalletRefusal.Code.PASSWORD_REJECTED, ""))).isEqualTo(said);
    }

    @Test
    void aPhoneWithAWalletIsSaidToHaveOne() throws IOException {
        Said said = WalletAnswers.refused(new WalletRefusal(WalletRefusal.Code.PHONE_TAKEN, ""));

        assertThat(say("ru", said)).isEqualTo("На этот номер уже открыт кошелёк. Войдите или восстановите пароль.");
    }

    @Test
    void everyAnswerHasItsTextInBothLanguages() throws IOException {
        List<Said> answers = new ArrayList<>();
        for (WalletRefusal.Code code : WalletRefusal.Code.values()) {
            answers.add(WalletAnswers.refused(new WalletRefusal(code, "")));
        }
        for (PhoneCodeRefusal.Code code : PhoneCodeRefusal.Code.values()) {
            answers.add(WalletAnswers.refused(new PhoneCodeRefusal(code, "")));
        }
        for (AccountRefusal.Code code : AccountRefusal.Code.values()) {
            answers.add(WalletAnswers.refused(new AccountRefusal(code, "")));
        }
        for (CodeCheck.Result result : CodeCheck.Result.values()) {
            answers.add(WalletAnswers.code(new CodeCheck(result, 2, AT_14_05_MOSCOW, false)));
        }
        answers.add(WalletAnswers.unavailable());
        for (String language : List.of("ru", "en")) {
            for (Said said : answers) {
                assertThat(say(language, said)).as(language + " " + said.key()).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void everyKeyThePagesNameExistsAndBothLanguagesHaveTheSameKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String page : List.of("src/main/webapp/wallet/open.xhtml", "src/main/webapp/wallet/reset.xhtml",
                "src/main/webapp/WEB-INF/includes/wallet-phone-step.xhtml",
                "src/main/webapp/WEB-INF/includes/wallet-new-password.xhtml", "src/main/webapp/index.xhtml")) {
            Matcher named = Pattern.compile("msg\\['([^']+)'\\]|name=\"label\" value=\"([^\"]+)\"").matcher(Files.readString(Path.of(page)));
            while (named.find()) {
                keys.add(named.group(1) != null ? named.group(1) : named.group(2));
            }
        }
        assertThat(keys).contains("wopen.open.title", "wopen.password.new");
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
        assertThat(bundle("en").stringPropertyNames().stream().filter(key -> key.startsWith("wopen.")))
                .containsExactlyInAnyOrderElementsOf(bundle("ru").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("wopen.")).toList());
    }

    private static Field fieldOf(Refusal refusal) {
        return WalletAnswers.refused(refusal).field();
    }
}
