package org.cardhub.demomail.control;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.demomail.entity.Mail;
import org.cardhub.demomail.entity.MailServerUnavailableException;
import org.cardhub.demomail.entity.MailSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The mailboxes of a GreenMail in this JVM, set up as the launcher sets up its own: any address a mailbox, no passwords. */
class ImapMailboxesTest {

    private final ImapMailboxes mailboxes = new ImapMailboxes();
    private GreenMail server;
    private URI imap;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        imap = URI.create("imap://127.0.0.1:" + server.getImap().getPort());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void aMailboxListsItsMailsWithRecipientsSubjectAndTimeAndOneIsReadByItsNumberWithoutBeingMarkedSeen() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        send("anna@example.org", "Сброс пароля", "Перейдите по ссылке:\nhttp://localhost:8180/realms/cardhub/login-actions/action-token?key=a&tab_id=b\n");
        send("anna@example.org", "Второе письмо", "Текст");
        send("bob@example.org", "Не для Анны", "Текст");

        List<MailSummary> listed = mailboxes.summaries(imap, "anna@example.org");

        assertThat(listed).extracting(MailSummary::subject).containsExactly("Сброс пароля", "Второе письмо");
        assertThat(listed).allSatisfy(mail -> {
            assertThat(mail.mailbox()).isEqualTo("anna@example.org");
            assertThat(mail.to()).isEqualTo("Анна <anna@example.org>");
            assertThat(mail.receivedAt()).isBetween(before, Instant.now().plusSeconds(1));
        });
        Mail first = mailboxes.read(imap, "anna@example.org", listed.get(0).uid()).orElseThrow();
        assertThat(first.summary()).isEqualTo(listed.get(0));
        assertThat(first.from()).isEqualTo("Cardhub <noreply@cardhub.local>");
        assertThat(first.text().links()).containsExactly("http://localhost:8180/realms/cardhub/login-actions/action-token?key=a&tab_id=b");
        assertThat(first.text().plain()).startsWith("Перейдите по ссылке:");
        assertThat(server.getManagers().getImapHostManager().getAllMessages()).as("nothing removed").hasSize(3)
                .allSatisfy(mail -> assertThat(mail.getFlags().contains(Flags.Flag.SEEN)).as("left unread").isFalse());
    }

    @Test
    void aNumberTheMailboxDoesNotHaveIsNoMail() throws Exception {
        send("anna@example.org", "Одно", "Текст");

        assertThat(mailboxes.read(imap, "anna@example.org", 999)).isEqualTo(Optional.empty());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidToBeUnavailable() {
        server.stop();

        Throwable failed = catchThrowable(() -> mailboxes.summaries(imap, "anna@example.org"));

        assertThat(failed).isInstanceOf(MailServerUnavailableException.class).hasMessageContaining("anna@example.org");
    }

    private void send(String to, String subject, String text) throws Exception {
        MimeMessage mail = new MimeMessage(GreenMailUtil.getSession(server.getSmtp().getServerSetup()));
        mail.setFrom(new InternetAddress("noreply@cardhub.local", "Cardhub", "UTF-8"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to, to.startsWith("anna") ? "Анна" : "Боб", "UTF-8"));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        GreenMailUtil.sendMimeMessage(mail);
        server.waitForIncomingEmail(Duration.ofSeconds(5).toMillis(), server.getReceivedMessages().length + 1);
    }
}
