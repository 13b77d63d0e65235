package org.cardhub.schoollists;

import org.cardhub.school.entity.PupilCategory;
import org.cardhub.schooloffice.entity.ClassRefusal;
import org.cardhub.schooloffice.entity.ImportStatus;
import org.cardhub.schooloffice.entity.PupilColumn;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.RowProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import and classes pages say every bad row, refused file, column, outcome, category and refusal in both
 * languages, so no raw code reaches a director: a new code without its text fails here. Each row's text names its line.
 */
class ImportMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCodeThePagesShowHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>();
        Arrays.stream(RowProblem.Code.values()).forEach(code -> keys.add("import.row." + code.name()));
        Arrays.stream(PupilFileRefusal.Code.values()).forEach(code -> keys.add("import.file." + code.name()));
        Arrays.stream(PupilColumn.values()).forEach(column -> keys.add("import.column." + column.name()));
        Arrays.stream(ImportStatus.values()).forEach(status -> keys.add("import.status." + status.name()));
        Arrays.stream(ClassRefusal.Code.values()).forEach(code -> keys.add("classes.error." + code.name()));
        Arrays.stream(PupilCategory.values()).forEach(category -> keys.add("classes.category." + category.name()));

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void eachRowsTextNamesItsLineAndBothLanguagesHaveTheSameKeys(String language) throws IOException {
        Properties messages = messages(language);

        assertThat(Arrays.stream(RowProblem.Code.values()).map(code -> messages.getProperty("import.row." + code.name())))
                .allSatisfy(text -> assertThat(new MessageFormat(text, Locale.forLanguageTag(language))
                        .format(new Object[]{"17", "5АБ", "3", "«многодетная семья»"})).contains("17"));
        assertThat(messages.getProperty("import.row.NUMBER_REPEATED")).contains("{1}").contains("{2}");
        assertThat(messages.getProperty("import.row.CATEGORY_UNKNOWN")).contains("{3}");
        for (String prefix : List.of("import.", "classes.")) {
            assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith(prefix)))
                    .containsExactlyInAnyOrderElementsOf(messages(language.equals("ru") ? "en" : "ru").stringPropertyNames()
                            .stream().filter(key -> key.startsWith(prefix)).toList());
        }
    }

    static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
