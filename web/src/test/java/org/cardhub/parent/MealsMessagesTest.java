package org.cardhub.parent;

import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrderStatus;
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

/**
 * The meals page says every status, category, portion unit, allergen and refusal in both languages, so no raw code
 * ever reaches a parent: a new one without its text fails here.
 */
class MealsMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCodeTheMealsPageShowsHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>();
        Arrays.stream(PreOrderStatus.values()).forEach(status -> keys.add("meals.status." + status.name()));
        Arrays.stream(DishCategory.values()).forEach(category -> keys.add("meals.category." + category.name()));
        Arrays.stream(PortionUnit.values()).forEach(unit -> keys.add("meals.unit." + unit.name()));
        Arrays.stream(Allergen.values()).forEach(allergen -> keys.add("meals.allergen." + allergen.name()));
        Arrays.stream(InvalidPreOrderException.Code.values()).forEach(code -> keys.add("meals.error." + code.name()));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void amountsAndDaysGoIntoTheSentencesThatNameThem(String language) throws IOException {
        Properties messages = messages(language);

        assertThat(messages.getProperty("meals.error.FUNDS_SHORT")).contains("{0}");
        assertThat(messages.getProperty("meals.ordered")).contains("{0}").contains("{1}");
        assertThat(messages.getProperty("meals.cancelled")).contains("{0}").contains("{1}");
        assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith("meals.")))
                .containsExactlyInAnyOrderElementsOf(messages(language.equals("ru") ? "en" : "ru").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("meals.")).toList());
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MealsMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
