package org.cardhub.sales;

import org.cardhub.meals.entity.InvalidSalesPeriodException;
import org.cardhub.school.entity.PupilCategory;
import org.junit.jupiter.api.Test;
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
 * The sales and settlements pages say every category and refusal in both languages, with the same keys in each, and
 * know which cabinet they are in and where its files are.
 */
class SalesMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCategoryAndRefusalHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>();
        Arrays.stream(PupilCategory.values()).forEach(category -> keys.add("sales.category." + category.name()));
        Arrays.stream(InvalidSalesPeriodException.Code.values()).forEach(code -> keys.add("sales.error." + code.name()));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        assertThat(messages.getProperty("settle.statementOf")).contains("{0}");
        assertThat(messages.getProperty("settle.supplier")).contains("{0}", "{1}", "{2}");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("ru")).containsExactlyInAnyOrderElementsOf(keys("en"));
    }

    @Test
    void eachCabinetHasItsPagesAndFiles() {
        assertThat(SalesPages.of("/cabinet/canteen/sales.xhtml")).contains(SalesPages.CANTEEN);
        assertThat(SalesPages.of("/cabinet/director/canteen-settlements.xhtml")).contains(SalesPages.DIRECTOR);
        assertThat(SalesPages.of("/cabinet/parent/meals.xhtml")).isEmpty();
        assertThat(SalesPages.CANTEEN.salesFile()).isEqualTo("/cabinet/canteen/sales/file");
        assertThat(SalesPages.BACKOFFICE.settlementsPage()).isEqualTo("/cabinet/backoffice/canteen-settlements");
        assertThat(SalesPages.ofFile("/cabinet/backoffice/canteen-settlements/file").orElseThrow()
                .isSettlementsFile("/cabinet/backoffice/canteen-settlements/file")).isTrue();
    }

    private static List<String> keys(String language) throws IOException {
        return messages(language).stringPropertyNames().stream()
                .filter(key -> key.startsWith("sales.") || key.startsWith("settle.")).toList();
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SalesMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
