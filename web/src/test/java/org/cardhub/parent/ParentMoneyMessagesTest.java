package org.cardhub.parent;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.PupilRules;
import org.cardhub.school.entity.RuleChange;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal, status and choice the parents' money and card pages build from codes has its words in both languages. */
class ParentMoneyMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ParentMoneyMessagesTest.class.getResourceAsStream(
                "/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePagesBuild() {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidAmountException.Code.values()).forEach(code -> {
            keys.add("move.amount." + code);
            keys.add("plimits.amount." + code);
        });
        Stream.of(InvalidChildRequestException.Code.values()).forEach(code -> keys.add("plimits.error." + code));
        Stream.of(CardStatus.values()).forEach(status -> keys.add("parentcard.state." + status));
        Stream.of(BlockReason.values()).forEach(reason -> keys.add("parentcard.reason." + reason));
        Stream.of(RuleChange.Aspect.values()).forEach(aspect -> keys.add("plimits.aspect." + aspect));
        PupilRules.CATEGORIES.forEach(code -> keys.add("plimits.category." + code));
        Stream.of("MAIN", "CANTEEN").forEach(purse -> keys.add("move.purse." + purse));
        Stream.of("AMOUNT_ABOVE_MAXIMUM").forEach(code -> keys.add("move.amount." + code));
        Stream.of("CARD_REPLACED", "CARD_BLOCKED", "CONTRACT_INACTIVE").forEach(code -> keys.add("move.refused." + code));
        Stream.of("STATUS_TRANSITION", "PERMANENT_BLOCK", "NOT_A_SCHOOL_CARD", "NOT_ANOTHER_SCHOOL", "MONEY_RESERVED",
                "CARD_REPLACED", "SCHOOL_UNKNOWN", "gone", "refused").forEach(code -> keys.add("parentcard.error." + code));
        return keys;
    }

    @Test
    void everyKeyThePagesBuildFromCodesExistsInBothLanguages() throws IOException {
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keysThePagesBuild());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysForThesePages() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("ru")).isNotEmpty();
    }

    @Test
    void whatIsLeftTodayIsSaidAsTheIssueAsksForIt() throws IOException {
        String said = new MessageFormat(bundle("ru").getProperty("plimits.today"), Locale.forLanguageTag("ru"))
                .format(new Object[]{"120,00 ₽", "300,00 ₽"});

        assertThat(said).isEqualTo("Сегодня можно потратить ещё: 120,00 ₽ (из 300,00 ₽)");
    }

    @Test
    void theEnglishTextsWithPlaceholdersKeepTheirWords() throws IOException {
        Properties english = bundle("en");
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (isOurs(key) && text.contains("{0")) {
                assertThat(new MessageFormat(text, Locale.ENGLISH).format(new Object[]{"A", "B", "C"}))
                        .as(key).doesNotContain("{").contains("A");
            }
        }
    }

    private static Set<String> keys(String language) throws IOException {
        return bundle(language).stringPropertyNames().stream().filter(ParentMoneyMessagesTest::isOurs)
                .collect(Collectors.toSet());
    }

    private static boolean isOurs(String key) {
        return key.startsWith("move.") || key.startsWith("plimits.") || key.startsWith("parentcard.");
    }
}
