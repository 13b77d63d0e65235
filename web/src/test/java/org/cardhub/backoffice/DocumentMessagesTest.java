package org.cardhub.backoffice;

import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.DocumentRefusal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document kind, format and refusal the documents pages can show has its words in Russian and in English. */
class DocumentMessagesTest {

    @Test
    void everyKeyThePagesBuildFromCodesExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            keys.add("documents.kind." + kind);
        }
        for (DocumentFormat format : DocumentFormat.values()) {
            keys.add("documents.format." + format);
        }
        for (DocumentRefusal.Code code : DocumentRefusal.Code.values()) {
            if (code != DocumentRefusal.Code.CONTENT_ALTERED) {
                keys.add("documents.error." + code);
            }
        }
        keys.addAll(List.of("menu.documents", "menu.fleetDocuments", "documents.error.monthFormat"));
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language)).as(language).containsAll(keys);
        }
    }

    private static Set<String> bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
