package org.cardhub.parent;

import org.cardhub.lessons.entity.InvalidSubscriptionException;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons page speaks Russian first and English second: every refusal it may be given, every word it builds a key
 * from and every key the page names has its text in both; counts take their Russian plural.
 */
class LessonMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LessonMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyRefusalAndWordThePageBuildsFromCodesExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>(List.of("lessons.menu.parent", "notices.topic.LESSONS", "lessons.refusal.ACCESS",
                "lessons.refused", "topup.notStarted"));
        for (LessonRefusal.Code code : LessonRefusal.Code.values()) {
            keys.add("lessons.refusal." + code.name());
        }
        for (InvalidSubscriptionException.Code code : InvalidSubscriptionException.Code.values()) {
            keys.add("lessons.subscriptionRefusal." + code.name());
        }
        for (InvalidAmountException.Code code : InvalidAmountException.Code.values()) {
            keys.add("move.amount." + code.name());
        }
        for (Pricing pricing : Pricing.values()) {
            keys.add("lessons.pricing." + pricing.name());
        }
        for (String plural : List.of("one", "few", "many")) {
            keys.add("lessons.lessons." + plural);
            keys.add("lessons.days." + plural);
        }
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
        assertThat(bundle("en").stringPropertyNames().stream().filter(key -> key.startsWith("lessons.")))
                .containsExactlyInAnyOrderElementsOf(bundle("ru").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("lessons.")).toList());
    }

    @Test
    void everyKeyThePageNamesExists() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/cabinet/parent/lessons.xhtml"));
        Matcher named = Pattern.compile("msg\\['([^']+)'\\]").matcher(page);
        List<String> keys = new ArrayList<>();
        while (named.find()) {
            keys.add(named.group(1));
        }
        assertThat(keys).isNotEmpty();
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    void textsNamingTheMostToPayAlsoNameTheBalanceSoThatTheyAreFormatted() throws IOException {
        for (String language : List.of("ru", "en")) {
            bundle(language).forEach((key, text) -> {
                if (key.toString().startsWith("lessons.") && text.toString().contains("{1}")) {
                    assertThat(text.toString()).as(key.toString()).contains("{0}");
                }
            });
        }
    }
}
