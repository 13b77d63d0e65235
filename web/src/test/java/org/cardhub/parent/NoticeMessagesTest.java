package org.cardhub.parent;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.InformerOutcome;
import org.cardhub.notifications.entity.InformerState;
import org.cardhub.notifications.entity.InvalidNoticeSettingsException;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SmsInformer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications page speaks Russian first and English second: every event kind, refusal and informer state it
 * builds a key from has its words in both, and the SMS informer is described with its price, what connecting charges
 * now and why it is suspended.
 */
class NoticeMessagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static InformerTexts russian() throws IOException {
        Properties ru = bundle("ru");
        return new InformerTexts(ru::getProperty, RUSSIAN);
    }

    private static InformerState off(boolean prorated, String due, int daysLeft) {
        return new InformerState(true, rub("60.00"), prorated, SmsInformer.Status.OFF, null, null, null, null, null, null,
                DECEMBER, rub(due), daysLeft, 31);
    }

    @Test
    void everyKeyThePageBuildsFromCodesExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Topic.chosen().forEach(topic -> keys.add("notices.topic." + topic));
        for (InvalidNoticeSettingsException.Code code : InvalidNoticeSettingsException.Code.values()) {
            keys.add("notices.error." + code);
        }
        for (SmsInformer.Status status : SmsInformer.Status.values()) {
            keys.add("notices.informer.status." + status);
        }
        for (AccountPurpose purpose : List.of(AccountPurpose.MAIN, AccountPurpose.CANTEEN)) {
            keys.add("notices.threshold." + purpose);
        }
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
        assertThat(bundle("en").stringPropertyNames().stream().filter(key -> key.startsWith("notices.")))
                .containsExactlyInAnyOrderElementsOf(bundle("ru").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("notices.")).toList());
    }

    @Test
    void theMatrixRowsAreNamedAsParentsKnowThem() throws IOException {
        Properties ru = bundle("ru");

        assertThat(Topic.chosen().stream().map(topic -> ru.getProperty("notices.topic." + topic))).containsExactly(
                "Вход и выход", "Покупки", "Пополнения", "Низкий баланс", "Карта", "Питание/предзаказ", "Ошибки оплаты",
                "Занятия и абонементы");
        assertThat(ru.getProperty("notices.saved")).isEqualTo("Настройки сохранены");
        assertThat(ru.getProperty("notices.error.EMAIL_INVALID")).startsWith("Укажите адрес почты");
    }

    @Test
    void connectingMidMonthSaysWhatIsChargedNowAndThenMonthly() throws IOException {
        InformerTexts.Lines lines = russian().of(off(true, "50.32", 26), "Asia/Vladivostok");

        assertThat(lines.status()).isEqualTo("Не подключено");
        assertThat(lines.price()).startsWith("60,00\u00a0₽ в месяц").contains("за оставшиеся дни");
        assertThat(lines.due()).isEqualTo("Сейчас спишем 50,32\u00a0₽ — за 26 из 31 дн. (месяц: декабрь 2026), "
                + "затем 60,00\u00a0₽ 1-го числа каждого месяца.");
        assertThat(lines.connectLabel()).isEqualTo("Подключить");
        assertThat(lines.mayConnect()).isTrue();
        assertThat(lines.mayDisconnect()).isFalse();
    }

    @Test
    void aProgrammeWithoutProrationChargesTheWholeMonthNow() throws IOException {
        InformerTexts.Lines lines = russian().of(off(false, "60.00", 31), "Europe/Moscow");

        assertThat(lines.due()).isEqualTo("Сейчас спишем 60,00\u00a0₽ за месяц декабрь 2026, затем 60,00\u00a0₽ 1-го числа каждого месяца.");
    }

    @Test
    void aSuspendedInformerSaysWhatWasMissingAndOffersToResume() throws IOException {
        InformerState suspended = new InformerState(true, rub("60.00"), true, SmsInformer.Status.SUSPENDED, DECEMBER,
                YearMonth.of(2027, 1), "INSUFFICIENT_FUNDS", rub("60.00"), rub("50.32"),
                Instant.parse("2026-12-06T03:00:00Z"), YearMonth.of(2027, 1), rub("60.00"), 31, 31);

        InformerTexts.Lines lines = russian().of(suspended, "Asia/Vladivostok");

        assertThat(lines.status()).isEqualTo("Приостановлено");
        assertThat(lines.suspended()).startsWith("Не хватило денег на оплату за январь 2027: нужно 60,00\u00a0₽");
        assertThat(lines.lastCharge()).isEqualTo("Последнее списание: 50,32\u00a0₽, 06.12.2026");
        assertThat(lines.paid()).isEqualTo("Оплачено по: декабрь 2026");
        assertThat(lines.connectLabel()).isEqualTo("Возобновить");
        assertThat(lines.mayDisconnect()).isTrue();
    }

    @Test
    void theOutcomeOfConnectingIsSaidWithTheAmounts() throws IOException {
        InformerTexts texts = russian();

        assertThat(texts.outcome(new InformerOutcome(InformerOutcome.Result.CONNECTED, DECEMBER, rub("50.32"), null), "Петров Иван"))
                .isEqualTo("SMS-информирование подключено (Петров Иван): списано 50,32\u00a0₽ за месяц декабрь 2026.");
        assertThat(texts.outcome(new InformerOutcome(InformerOutcome.Result.INSUFFICIENT_FUNDS, DECEMBER, rub("50.32"),
                rub("12.00")), "Петров Иван"))
                .isEqualTo("На общем балансе 12,00\u00a0₽, а для подключения нужно 50,32\u00a0₽. Пополните баланс и попробуйте снова.");
    }
}
