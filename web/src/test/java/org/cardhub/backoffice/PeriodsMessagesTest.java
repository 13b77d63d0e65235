package org.cardhub.backoffice;

import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.periods.entity.MonthStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and state the month close page builds a key from has its words in Russian and in English. */
class PeriodsMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PeriodsMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyThePageBuildsFromCodesExists() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidPeriodChangeException.Code.values()).forEach(code -> keys.add("periods.error." + code));
        Stream.of(MonthStatus.State.values()).forEach(state -> keys.add("periods.state." + state));
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys).contains("menu.periods");
        }
    }

    @Test
    void aBlankReasonIsRefusedInTheReadersLanguage() throws IOException {
        assertThat(bundle("ru").getProperty("periods.reasonRequired")).isEqualTo("Укажите причину.");
        assertThat(bundle("en").getProperty("periods.reasonRequired")).isEqualTo("Give a reason.");
    }
}
