package org.cardhub.corporate;

import org.cardhub.callers.CompanyRight;
import org.cardhub.organizations.entity.MembershipRefusal;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and right the users page can show has its words in Russian and in English, and no raw code shows. */
class CompanyUsersMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CompanyUsersMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePageBuilds() {
        List<String> keys = new ArrayList<>();
        Stream.of(MembershipRefusal.Code.values()).filter(code -> code != MembershipRefusal.Code.NOT_A_MEMBER)
                .forEach(code -> keys.add("users.error." + code));
        Stream.of(CompanyRight.values()).forEach(right -> keys.add("users.right." + right));
        return keys;
    }

    @Test
    void everyKeyThePageBuildsFromCodesExistsInBothLanguages() throws IOException {
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keysThePageBuilds());
        }
    }

    @Test
    void theAddressIsNamedInTheRefusalsAboutIt() throws IOException {
        for (String language : List.of("ru", "en")) {
            String taken = new MessageFormat(bundle(language).getProperty("users.error.EMAIL_TAKEN"), Locale.ROOT)
                    .format(new Object[]{"new@cardhub.local"});
            assertThat(taken).as(language).contains("new@cardhub.local");
        }
        assertThat(bundle("ru").getProperty("users.right.BLOCK_CARDS")).isEqualTo("Блокирует и перевыпускает карты");
    }
}
