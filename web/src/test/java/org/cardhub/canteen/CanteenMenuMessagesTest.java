package org.cardhub.canteen;

import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.InvalidMenuException;
import org.cardhub.meals.entity.MenuStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu pages say every refusal, status and category in both languages, at the field it is about: a new code without
 * its text fails here. Messages naming a dish, a price or days carry their placeholders.
 */
class CanteenMenuMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCodeTheMenuPagesShowHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>(List.of("cmenu.status.NONE", "cmenu.menu"));
        Arrays.stream(MenuStatus.values()).forEach(status -> keys.add("cmenu.status." + status.name()));
        Arrays.stream(InvalidMenuException.Code.values()).forEach(code -> keys.add("cmenu.error." + code.name()));
        Arrays.stream(DishCategory.values()).forEach(category -> keys.add("meals.category." + category.name()));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        assertThat(messages.getProperty("cmenu.error.DISH_ORDERED")).contains("{0}").contains("{1}");
        assertThat(messages.getProperty("cmenu.error.TARGET_TAKEN")).contains("{0}");
        assertThat(messages.getProperty("cmenu.copied")).contains("{0}").contains("{1}");
        assertThat(messages.getProperty("cmenu.error.PORTION_RANGE")).as("also a converter's message").doesNotContain("{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void bothLanguagesHaveTheSameKeys(String language) throws IOException {
        List<String> mine = messages(language).stringPropertyNames().stream()
                .filter(key -> key.startsWith("cmenu.") || key.startsWith("canteen.")).toList();
        List<String> other = messages(language.equals("ru") ? "en" : "ru").stringPropertyNames().stream()
                .filter(key -> key.startsWith("cmenu.") || key.startsWith("canteen.")).toList();

        assertThat(mine).containsExactlyInAnyOrderElementsOf(other);
    }

    @Test
    void aRefusalAboutADishIsSaidAtItsFieldAndOneAboutTheMenuAboveIt() {
        assertThat(MenuRefusals.fieldOf(InvalidMenuException.Code.PRICE_SCALE)).isEqualTo("price");
        assertThat(MenuRefusals.fieldOf(InvalidMenuException.Code.PRICE_NOT_POSITIVE)).isEqualTo("price");
        assertThat(MenuRefusals.fieldOf(InvalidMenuException.Code.NAME_DUPLICATE)).isEqualTo("name");
        assertThat(MenuRefusals.fieldOf(InvalidMenuException.Code.PORTION_RANGE)).isEqualTo("portion");
        assertThat(MenuRefusals.fieldOf(InvalidMenuException.Code.HAS_ORDERS)).isNull();
        assertThat(MenuRefusals.clientIdOf(InvalidMenuException.atRow(InvalidMenuException.Code.PRICE_SCALE, 2, "x")))
                .isEqualTo("week:dishes:2:price");
        assertThat(MenuRefusals.clientIdOf(InvalidMenuException.aboutDays(InvalidMenuException.Code.TARGET_TAKEN,
                List.of(LocalDate.of(2026, 11, 23)), "x"))).isNull();
    }

    @Test
    void aDayInTheAddressIsReadOnlyWhenItIsOne() {
        assertThat(MenuWeekView.dayOf("2026-11-23")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(MenuWeekView.dayOf("2026-13-40")).isNull();
        assertThat(MenuWeekView.dayOf("23.11.2026")).isNull();
        assertThat(MenuWeekView.dayOf(null)).isNull();
        assertThat(CanteenPages.idOf(" 42 ")).isEqualTo(42L);
        assertThat(CanteenPages.idOf("42; DROP")).isNull();
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CanteenMenuMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
