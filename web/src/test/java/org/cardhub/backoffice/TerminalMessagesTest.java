package org.cardhub.backoffice;

import org.cardhub.money.InvalidAmountException;
import org.cardhub.terminals.entity.InvalidTerminalException;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalProduct;
import org.cardhub.terminals.entity.TerminalStatus;
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

/** Every refusal, kind, status and unit the terminal pages can show has its words in Russian and in English. */
class TerminalMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TerminalMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePagesBuild() {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidTerminalException.Code.values()).forEach(code -> keys.add("terminals.error." + code));
        Stream.of(InvalidAmountException.Code.values()).forEach(code -> keys.add("terminals.price." + code));
        Stream.of(TerminalKind.values()).forEach(kind -> keys.add("terminals.kind." + kind));
        Stream.of(TerminalStatus.values()).forEach(status -> keys.add("terminals.status." + status));
        Stream.of(TerminalProduct.Unit.values()).forEach(unit -> keys.add("products.unit." + unit));
        return keys;
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("ru").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesBuildFromCodesExists() throws IOException {
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keysThePagesBuild());
        }
    }

    @Test
    void russianComesInRussian() throws IOException {
        assertThat(bundle("ru").getProperty("terminals.error.ID_TAKEN")).contains("уже зарегистрирован");
        assertThat(bundle("ru").getProperty("terminals.price.AMOUNT_SCALE")).contains("двух знаков");
    }
}
