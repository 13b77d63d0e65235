package org.cardhub.backoffice;

import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.InvalidWebhookException;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhooks page's words exist in Russian and in English: every key it names and every one it builds from codes. */
class WebhookMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WebhookMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyThePageNamesOrBuildsExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher named = Pattern.compile("msg\\['(hook\\.[A-Za-z.]+?)'\\]")
                .matcher(Files.readString(Path.of("src/main/webapp/cabinet/backoffice/webhooks.xhtml")));
        while (named.find()) {
            keys.add(named.group(1));
        }
        for (DeliveryStatus status : DeliveryStatus.values()) {
            keys.add("hook.status." + status);
        }
        for (InvalidWebhookException.Code code : List.of(InvalidWebhookException.Code.NOT_DEAD,
                InvalidWebhookException.Code.ENDPOINT_REMOVED, InvalidWebhookException.Code.ENDPOINT_UNKNOWN,
                InvalidWebhookException.Code.DELIVERY_UNKNOWN)) {
            keys.add("hook.error." + code);
        }
        keys.addAll(List.of("hook.menu", "hook.redriven", "hook.redrivenAll", "hook.noneDead"));
        assertThat(keys).contains("hook.title", "hook.redriveAll");
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    void bothLanguagesHaveTheSameWebhookKeys() throws IOException {
        assertThat(hookKeys(bundle("en"))).isEqualTo(hookKeys(bundle("ru")));
    }

    private static Set<String> hookKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("hook."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
