package org.cardhub.parent;

import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.InvalidTopUpException;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.TopUpAmount;
import org.cardhub.ledger.entity.AccountPurpose;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every sentence the top-up pages build from a code has its words in Russian and English, the same keys in both, and
 * the placeholders the pages fill: a refused amount is explained at the field, a payment's outcome in a sentence.
 */
class TopUpMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TopUpMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePagesBuild() {
        List<String> keys = new ArrayList<>();
        for (AccountPurpose purse : List.of(AccountPurpose.MAIN, AccountPurpose.CANTEEN)) {
            keys.add("topup.purse." + purse);
            keys.add("topup.result.SUCCEEDED." + purse);
            keys.add("topup.auto.for." + purse);
            keys.add("topup.auto.saved." + purse);
            keys.add("topup.auto.switchedOff." + purse);
            keys.add("topup.auto.resumed." + purse);
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            if (status != PaymentStatus.SUCCEEDED) {
                keys.add("topup.result." + status);
            }
        }
        for (AutoTopUpStatus status : AutoTopUpStatus.values()) {
            keys.add("topup.auto.status." + status);
        }
        for (InvalidTopUpException.Code code : InvalidTopUpException.Code.values()) {
            keys.add("topup.auto." + code);
        }
        for (String code : List.of("AMOUNT_FORMAT", "AMOUNT_SCALE", "AMOUNT_TOO_SMALL", "AMOUNT_TOO_LARGE")) {
            keys.add("topup.amount." + code);
        }
        for (String code : List.of("AMOUNT_FORMAT", "AMOUNT_SCALE", "AMOUNT_TOO_LARGE")) {
            keys.add("topup.auto.threshold." + code);
            keys.add("topup.auto.target." + code);
        }
        return keys;
    }

    @Test
    void everyKeyThePagesBuildIsThereInBothLanguages() throws IOException {
        Properties russian = bundle("ru");
        Properties english = bundle("en");

        assertThat(keysThePagesBuild()).allSatisfy(key -> {
            assertThat(russian.getProperty(key)).as("ru " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void bothLanguagesHaveTheSameTopUpKeys() throws IOException {
        assertThat(topUpKeys(bundle("ru"))).isEqualTo(topUpKeys(bundle("en")));
    }

    @Test
    void aRefusedAmountSaysTheLimitItBroke() throws IOException {
        Properties russian = bundle("ru");
        InvalidTopUpException tooMuch = catchThrowableOfType(() -> TopUpAmount.parse("15000,01"), InvalidTopUpException.class);
        InvalidTopUpException tooLittle = catchThrowableOfType(() -> TopUpAmount.parse("9,99"), InvalidTopUpException.class);

        assertThat(format(russian, "topup.amount." + tooMuch.code(), "15 000,00 ₽")).isEqualTo("Сумма пополнения — не больше 15 000,00 ₽");
        assertThat(format(russian, "topup.amount." + tooLittle.code(), "10,00 ₽")).isEqualTo("Сумма пополнения — не меньше 10,00 ₽");
        assertThat(ParentPages.boundOf(tooMuch.code())).isEqualTo(TopUpAmount.MAXIMUM);
        assertThat(ParentPages.boundOf(tooLittle.code())).isEqualTo(TopUpAmount.MINIMUM);
    }

    @Test
    void theOutcomesReadAsTheParentExpects() throws IOException {
        Properties russian = bundle("ru");

        assertThat(format(russian, "topup.result.SUCCEEDED.MAIN", "1 000,00 ₽")).isEqualTo("Зачислено 1 000,00 ₽ на общий баланс");
        assertThat(format(russian, "topup.result.CANCELED", "недостаточно средств на карте"))
                .isEqualTo("Платёж отклонён: недостаточно средств на карте");
        assertThat(russian.getProperty("topup.result.refusedByPayer")).startsWith("Вы отказались от оплаты");
        assertThat(russian.getProperty("topup.result.PENDING")).isEqualTo("Ждём подтверждения банка…");
        assertThat(russian.getProperty("topup.fee.none")).isEqualTo("Без комиссии");
    }

    @Test
    void everyPlaceholderIsTheFirstSoThePagesFormatIt() throws IOException {
        // PageMessages formats a text only when it has {0}: a text with {1} alone would show the brace
        for (String language : List.of("ru", "en")) {
            Properties texts = bundle(language);
            assertThat(topUpKeys(texts)).allSatisfy(key -> {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    assertThat(text).as(language + " " + key).contains("{0}");
                }
            });
        }
    }

    private static String format(Properties texts, String key, Object... arguments) {
        return new MessageFormat(texts.getProperty(key), Locale.forLanguageTag("ru")).format(arguments);
    }

    private static Set<String> topUpKeys(Properties texts) {
        return texts.stringPropertyNames().stream().filter(key -> key.startsWith("topup.")).collect(Collectors.toSet());
    }
}
