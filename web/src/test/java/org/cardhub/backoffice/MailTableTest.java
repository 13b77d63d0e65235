package org.cardhub.backoffice;

import org.cardhub.demomail.boundary.DemoMailbox;
import org.cardhub.demomail.entity.MailServerUnavailableException;
import org.cardhub.demomail.entity.MailSummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo mailbox's list is read once per view and paged here; a server that does not answer is an empty, marked list. */
class MailTableTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void theListIsReadOnceAndPagedFromIt() {
        MailTable table = new MailTable(mailbox(LongStream.rangeClosed(1, 45).mapToObj(MailTableTest::mail).toList()), "anna");

        assertThat(table.count(Map.of())).isEqualTo(45);
        assertThat(table.load(0, 20, Map.of(), Map.of())).extracting(MailSummary::uid).startsWith(1L).hasSize(20);
        assertThat(table.load(40, 20, Map.of(), Map.of())).extracting(MailSummary::uid).containsExactly(41L, 42L, 43L, 44L, 45L);
        assertThat(table.load(60, 20, Map.of(), Map.of())).isEmpty();
        assertThat(table.getRowData(table.getRowKey(mail(7)))).isEqualTo(mail(7));
        assertThat(table.isUnavailable()).isFalse();
        assertThat(asked).containsExactly("anna");
    }

    @Test
    void aMailServerThatDoesNotAnswerLeavesAnEmptyListThatSaysSo() {
        MailTable table = new MailTable(new DemoMailbox() {
            @Override
            public List<MailSummary> latest(String address) {
                throw new MailServerUnavailableException("down", null);
            }
        }, "");

        assertThat(table.count(Map.of())).isZero();
        assertThat(table.load(0, 20, Map.of(), Map.of())).isEmpty();
        assertThat(table.isUnavailable()).isTrue();
    }

    @Test
    void thePageHasItsWordsInRussianAndEnglish() throws IOException {
        for (String language : List.of("ru", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(bundle.stringPropertyNames()).as(language).contains("menu.demoMail", "demoMail.title", "demoMail.none",
                    "demoMail.unavailable", "demoMail.missing", "demoMail.linkHint", "demoMail.noneFor", "demoMail.empty");
        }
    }

    private DemoMailbox mailbox(List<MailSummary> mails) {
        return new DemoMailbox() {
            @Override
            public List<MailSummary> latest(String address) {
                asked.add(address);
                return mails;
            }
        };
    }

    private static MailSummary mail(long uid) {
        return new MailSummary("anna@example.org", uid, "anna@example.org", "Письмо " + uid, Instant.EPOCH.plusSeconds(uid));
    }
}
