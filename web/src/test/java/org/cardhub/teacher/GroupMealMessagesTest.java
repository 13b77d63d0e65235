package org.cardhub.teacher;

import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishOffer;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealReason;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group meal pages say every status, outcome, reason and refusal in both languages, so no raw code reaches a
 * teacher or the canteen; a pupil's meal costs what its dishes cost, whatever is typed.
 */
class GroupMealMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCodeTheGroupMealPagesShowHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>();
        Arrays.stream(GroupMealStatus.values()).forEach(status -> keys.add("group.status." + status.name()));
        Arrays.stream(GroupMealOutcome.values()).forEach(outcome -> keys.add("group.outcome." + outcome.name()));
        Arrays.stream(GroupMealReason.values()).forEach(reason -> keys.add("group.reason." + reason.name()));
        Arrays.stream(InvalidGroupMealException.Code.values()).forEach(code -> keys.add("group.error." + code.name()));
        List.of("ORDERS_CLOSED", "DAY_PAST", "DAY_TOO_FAR", "NO_MENU").forEach(code -> keys.add("group.closed." + code));
        Arrays.stream(DishCategory.values()).forEach(category -> keys.add("meals.category." + category.name()));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void bothLanguagesHaveTheSameKeysAndTheSentencesTakeTheirValues(String language) throws IOException {
        Properties messages = messages(language);
        Locale locale = Locale.forLanguageTag(language);

        assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith("group.")))
                .containsExactlyInAnyOrderElementsOf(messages(language.equals("ru") ? "en" : "ru").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("group.")).toList());
        assertThat(new MessageFormat(messages.getProperty("group.error.NOT_IN_CLASS"), locale).format(new Object[]{123456L, "5А"}))
                .contains("123456").contains("5А");
        assertThat(new MessageFormat(messages.getProperty("group.ordered"), locale)
                .format(new Object[]{"вт, 08.12.2026", 23L, "1 840,00 ₽", 1L})).contains("23").contains("1 840,00 ₽");
        assertThat(new MessageFormat(messages.getProperty("group.cancelled"), locale).format(new Object[]{"d", "80,00 ₽"}))
                .contains("80,00 ₽").doesNotContain("''");
    }

    @Test
    void aPupilsMealCostsEachDishsPriceTimesItsPortionsAndAQuantityOutOfRangeCountsForNoMoreThanItMayBe() {
        List<GroupMealRows.DishRow> rows = GroupMealRows.dishes(List.of(dish(1, "55.00"), dish(2, "25.00"), dish(3, "30.00")));
        rows.get(0).setQuantity(1);
        rows.get(1).setQuantity(2);
        rows.get(2).setQuantity(null);

        assertThat(GroupMealRows.perPupil(rows)).isEqualTo(Amount.parse("105.00", Currency.RUB));
        rows.get(2).setQuantity(-3);
        assertThat(GroupMealRows.perPupil(rows)).isEqualTo(Amount.parse("105.00", Currency.RUB));
        assertThat(GroupMealRows.date(LocalDate.of(2026, 12, 8), Locale.forLanguageTag("ru"))).isEqualTo("вт, 08.12.2026");
        assertThat(GroupMealRows.idOf("12")).isEqualTo(12L);
        assertThat(GroupMealRows.idOf("12; drop")).isNull();
    }

    private static DishOffer dish(long id, String price) {
        return new DishOffer(id, "Блюдо " + id, DishCategory.HOT_MEAL, Amount.parse(price, Currency.RUB), 200, PortionUnit.G,
                Set.<Allergen>of(), false, 0);
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GroupMealMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
