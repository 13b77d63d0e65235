package org.cardhub.wallet;

import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentSchedule;
import org.cardhub.wallets.entity.Receiver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class WalletAutoPayPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyOutcomeScheduleAndReceiverReadsInWordsAndBothLanguagesHaveTheSameKeys(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>(List.of("wallet.menu.autopay", "autopay.monthlyOn", "autopay.created",
                WalletAutoPayView.outcomeKey(null), WalletAutoPayView.outcomeKey(AutoPayment.SENT),
                WalletAutoPayView.outcomeKey(AutoPayment.TARGET_GONE)));
        Arrays.stream(DeclineCode.values()).forEach(code -> keys.add(WalletAutoPayView.outcomeKey(code.name())));
        Arrays.stream(Receiver.Kind.values()).forEach(kind -> keys.add("autopay.to." + kind));
        Arrays.stream(AutoPaymentSchedule.Kind.values()).forEach(kind -> {
            keys.add("autopay.schedule." + kind);
            keys.add("autopay.dayHint." + kind);
        });
        for (int day = 1; day <= 7; day++) {
            keys.add("autopay.weekday." + day);
            keys.add("autopay.every." + day);
        }

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        assertThat(messages.getProperty("autopay.created")).contains("{0}").contains("{1}").contains("{2}");
        Properties other = messages(language.equals("ru") ? "en" : "ru");
        assertThat(autopayKeys(messages)).containsExactlyInAnyOrderElementsOf(autopayKeys(other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSUFFICIENT_FUNDS", "WALLET_CAP"})
    void aDeclineReadsAsTheTransferPageSaysIt(String code) {
        assertThat(WalletAutoPayView.outcomeKey(code)).isEqualTo("wallet.decline." + code);
    }

    private static List<String> autopayKeys(Properties messages) {
        return messages.stringPropertyNames().stream().filter(key -> key.startsWith("autopay.")).toList();
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WalletAutoPayPageTest.class.getResourceAsStream(
                "/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
