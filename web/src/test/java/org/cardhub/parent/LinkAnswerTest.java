package org.cardhub.parent;

import org.cardhub.school.entity.LinkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the linking page says: an unknown number and a wrong code in the same words with the attempts left, a lock with
 * its end in Moscow time (whatever school the number is of), the child's name on a link; in Russian and in English.
 */
class LinkAnswerTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LinkAnswerTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String say(String language, LinkResult result) throws IOException {
        LinkAnswer answer = LinkAnswer.of(result);
        String text = bundle(language).getProperty(answer.key());
        assertThat(text).as(language + " " + answer.key()).isNotNull();
        return new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[]{answer.argument()});
    }

    @Test
    void aWrongCodeSaysSoWithoutSayingWhichOfTheTwoAndHowManyAttemptsAreLeft() throws IOException {
        assertThat(say("ru", LinkResult.wrong(3))).isEqualTo("Номер договора или код активации неверны. Осталось попыток: 3.");
        assertThat(say("en", LinkResult.wrong(1))).contains("contract number or the activation code is wrong").endsWith("Attempts left: 1.");
        assertThat(LinkAnswer.of(LinkResult.wrong(3)).linked()).isFalse();
    }

    @Test
    void aLockedNumberSaysUntilWhenInMoscowTimeAndWhy() throws IOException {
        Instant until = Instant.parse("2026-09-01T11:05:00Z");

        assertThat(say("ru", LinkResult.locked(until, false)))
                .isEqualTo("Привязка по этому договору заблокирована до 14:05 МСК (5 неверных кодов)");
        assertThat(say("ru", LinkResult.locked(until, true)))
                .isEqualTo("Номер договора или код активации неверны. Привязка по этому договору заблокирована до 14:05 МСК "
                        + "(5 неверных кодов)");
        assertThat(say("en", LinkResult.locked(until, false))).contains("locked until 14:05 Moscow time (5 wrong codes)");
    }

    @Test
    void aLinkNamesTheChild() throws IOException {
        assertThat(say("ru", LinkResult.linked(7, "Кузнецов Дмитрий", false)))
                .isEqualTo("Карта «Кузнецов Дмитрий» привязана к вашему кабинету");
        assertThat(say("ru", LinkResult.alreadyLinked(7, "Кузнецов Дмитрий"))).contains("уже привязана");
        assertThat(say("en", LinkResult.linked(7, "Kuznetsov Dmitry", false))).contains("Kuznetsov Dmitry");
        assertThat(LinkAnswer.of(LinkResult.alreadyLinked(7, "Кузнецов Дмитрий")).linked()).isTrue();
    }

    @Test
    void aClosedCardIsSaidToBeClosed() throws IOException {
        assertThat(say("ru", LinkResult.cardClosed())).startsWith("Эта карта закрыта");
        assertThat(say("en", LinkResult.cardClosed())).startsWith("This card is closed");
    }

    @Test
    void everyTextOfTheLinkingPagesExistsInBothLanguages() throws IOException {
        List<String> russian = bundle("ru").stringPropertyNames().stream().filter(key -> key.startsWith("link.")).sorted().toList();
        List<String> english = bundle("en").stringPropertyNames().stream().filter(key -> key.startsWith("link.")).sorted().toList();

        assertThat(russian).isNotEmpty().isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10000004|10000004", " 1000 0004 |10000004", "1000-0004|10000004", "'1000\u00a00004'|10000004",
            "1000000|1000000", "''|''"})
    void theNumberIsReadAsPeopleCopyItFromALetter(String typed, String read) {
        assertThat(LinkAnswer.typedNumber(typed)).isEqualTo(read);
    }
}
