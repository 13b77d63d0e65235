package org.cardhub.it;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.get;

/**
 * The mail server the launcher started with the rest: SMTP where Keycloak and Payara send (2525), IMAP where any mail
 * client reads a mailbox with the address as login (3143), the REST API the back office's mail page lists mailboxes
 * with (8025) — all on this machine only.
 */
class DemoMailServerIT {

    private static final int SMTP = 2525;
    private static final int IMAP = 3143;
    private static final int API = 8025;

    @Test
    void itGreetsOnSmtpAndImapAndItsApiIsReady() throws Exception {
        assertThat(greeting(SMTP)).startsWith("220 ");
        assertThat(greeting(IMAP)).startsWith("* OK");
        assertThat(get("http://127.0.0.1:" + API + "/api/service/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aMailSentToItsSmtpIsInTheRecipientsMailboxOverImap() throws Exception {
        String address = "mail-check-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.host", "127.0.0.1");
        settings.setProperty("mail.smtp.port", String.valueOf(SMTP));
        MimeMessage mail = new MimeMessage(Session.getInstance(settings));
        mail.setFrom(new InternetAddress("noreply@cardhub.local"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        mail.setSubject("Проверка почты", "UTF-8");
        mail.setText("Текст проверки: https://example.org/check", "UTF-8");
        Transport.send(mail);

        List<MimeMessage> received = MailBox.awaitMailsTo(address, 1, Duration.ofSeconds(10));

        assertThat(received).singleElement().satisfies(one -> {
            assertThat(one.getSubject()).isEqualTo("Проверка почты");
            assertThat(MailBox.textOf(one)).contains("Текст проверки: https://example.org/check");
        });
        assertThat(MailBox.mailsTo(address)).as("reading leaves the mail where it is").hasSize(1);
    }

    @Test
    void itListensOnThisMachineOnly() throws Exception {
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(face -> !isLoopback(face))
                .flatMap(face -> Collections.list(face.getInetAddresses()).stream())
                .filter(address -> address.getAddress().length == 4)
                .findFirst().orElse(null);
        if (outside == null) {
            return; // a machine with no other interface has nothing to listen on
        }
        for (int port : new int[] {SMTP, IMAP, API}) {
            assertThat(answers(outside, port)).as("port %d on %s", port, outside).isFalse();
            assertThat(answers(InetAddress.getLoopbackAddress(), port)).as("port %d on loopback", port).isTrue();
        }
    }

    private static String greeting(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(5_000);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static boolean isLoopback(NetworkInterface face) {
        try {
            return face.isLoopback() || !face.isUp();
        } catch (SocketException e) {
            return true;
        }
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
