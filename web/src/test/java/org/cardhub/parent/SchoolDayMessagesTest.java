package org.cardhub.parent;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.school.entity.DayEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of event and every state of a card the home and the day pages name has its words in both languages. */
class SchoolDayMessagesTest {

    private static final List<String> PREFIXES = List.of("family.", "schoolday.", "pupilhome.");

    @Test
    void everyKindOfEventAndStateOfACardIsNamedInRussianAndInEnglish() throws IOException {
        List<String> keys = Stream.concat(Stream.of(DayEvent.Kind.values()).map(kind -> "schoolday.kind." + kind),
                Stream.of(CardStatus.values()).map(status -> "family.status." + status)).toList();
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("ru"));
    }

    private static Set<String> keys(String language) throws IOException {
        return bundle(language).stringPropertyNames().stream()
                .filter(key -> PREFIXES.stream().anyMatch(key::startsWith)).collect(Collectors.toSet());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SchoolDayMessagesTest.class.getResourceAsStream(
                "/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
