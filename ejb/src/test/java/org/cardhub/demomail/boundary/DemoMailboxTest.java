package org.cardhub.demomail.boundary;

import org.cardhub.demomail.control.ImapMailboxes;
import org.cardhub.demomail.control.MailboxDirectory;
import org.cardhub.demomail.entity.Mail;
import org.cardhub.demomail.entity.MailSummary;
import org.cardhub.demomail.entity.MailText;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMailboxTest {

    private static final Instant NOON = Instant.parse("2026-12-06T09:00:00Z");

    private final List<String> opened = new ArrayList<>();

    @Test
    void theNewestMailsOfEveryMailboxComeFirst() {
        DemoMailbox mailbox = demoMailbox(Map.of(
                "anna@example.org", List.of(mail("anna@example.org", 1, 0), mail("anna@example.org", 2, 30)),
                "bob@example.org", List.of(mail("bob@example.org", 1, 10))));

        assertThat(mailbox.latest(null)).extracting(MailSummary::mailbox, MailSummary::uid)
                .containsExactly(tuple("anna@example.org", 2L), tuple("bob@example.org", 1L), tuple("anna@example.org", 1L));
    }

    @Test
    void anAddressNarrowsTheListToTheMailboxesThatContainItAndOnlyThoseAreOpened() {
        DemoMailbox mailbox = demoMailbox(Map.of(
                "anna@example.org", List.of(mail("anna@example.org", 1, 0)),
                "bob@example.org", List.of(mail("bob@example.org", 1, 10))));

        assertThat(mailbox.latest("  ANNA@ ")).extracting(MailSummary::mailbox).containsExactly("anna@example.org");
        assertThat(opened).containsExactly("anna@example.org");
    }

    @Test
    void theListStopsAtTheLatestFiveHundred() {
        DemoMailbox mailbox = demoMailbox(Map.of("busy@example.org",
                IntStream.rangeClosed(1, 600).mapToObj(uid -> mail("busy@example.org", uid, uid)).toList()));

        List<MailSummary> latest = mailbox.latest("");

        assertThat(latest).hasSize(DemoMailbox.LATEST);
        assertThat(latest.get(0).uid()).isEqualTo(600);
        assertThat(latest.get(DemoMailbox.LATEST - 1).uid()).isEqualTo(101);
    }

    @Test
    void aMailboxTheServerDoesNotHaveIsNeitherReadNorCreated() {
        DemoMailbox mailbox = demoMailbox(Map.of("anna@example.org", List.of(mail("anna@example.org", 1, 0))));

        assertThat(mailbox.read("eve@example.org", 1)).isEmpty();
        assertThat(mailbox.read("anna@example.org", 1)).isPresent();
        assertThat(opened).containsExactly("anna@example.org");
    }

    @Test
    void withoutTheSettingsThereIsNoMailboxAndNothingIsAsked() {
        DemoMailbox mailbox = demoMailbox(Map.of("anna@example.org", List.of(mail("anna@example.org", 1, 0))));
        mailbox.imapUri = Optional.empty();

        assertThat(mailbox.available()).isFalse();
        assertThat(mailbox.latest(null)).isEmpty();
        assertThat(mailbox.read("anna@example.org", 1)).isEmpty();
        assertThat(opened).isEmpty();
    }

    private DemoMailbox demoMailbox(Map<String, List<MailSummary>> server) {
        DemoMailbox mailbox = new DemoMailbox();
        mailbox.imapUri = Optional.of("imap://127.0.0.1:3143");
        mailbox.apiUri = Optional.of("http://127.0.0.1:8025");
        mailbox.directory = new MailboxDirectory() {
            @Override
            public List<String> addresses(URI api) {
                return server.keySet().stream().sorted().toList();
            }
        };
        mailbox.mailboxes = new ImapMailboxes() {
            @Override
            public List<MailSummary> summaries(URI imap, String address) {
                opened.add(address);
                return server.get(address);
            }

            @Override
            public Optional<Mail> read(URI imap, String address, long uid) {
                opened.add(address);
                return server.get(address).stream().filter(mail -> mail.uid() == uid).findFirst()
                        .map(mail -> new Mail(mail, "noreply@cardhub.local", MailText.of("text")));
            }
        };
        return mailbox;
    }

    private static MailSummary mail(String mailbox, long uid, int minutes) {
        return new MailSummary(mailbox, uid, mailbox, "Письмо " + uid, NOON.plusSeconds(60L * minutes));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
