package org.cardhub.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail that reached an address, read from the launcher's demo mail server over IMAP as any mail client would: the
 * address is the login, any password opens it (server-config/cardhub starts it on 127.0.0.1, IMAP port 3143). Works
 * from the tests' own JVM and, shipped in the test archive ({@code CoreTestDeployment}), inside Payara. Mailboxes are
 * opened read-only and the mails copied out whole, so a test may read the same mail again. The server keeps its mail
 * until it stops, so tests mail addresses of their own (a random part in each).
 */
public final class MailBox {

    /** Where the demo mail server answers IMAP; a test run against another one may name it with -Dcardhub.mail.imap=host:port. */
    private static final String IMAP = System.getProperty("cardhub.mail.imap", "127.0.0.1:3143");
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private MailBox() {
    }

    /** Waits until {@code count} mails have reached {@code address}, or {@code patience} is over; then the mails there are. */
    public static List<MimeMessage> awaitMailsTo(String address, int count, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        List<MimeMessage> mails = mailsTo(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            mails = mailsTo(address);
        }
        return mails;
    }

    /** Every mail delivered to {@code address} so far, oldest first. */
    public static List<MimeMessage> mailsTo(String address) {
        Properties settings = new Properties();
        settings.setProperty("mail.imap.connectiontimeout", "10000");
        settings.setProperty("mail.imap.timeout", "10000");
        String host = IMAP.substring(0, IMAP.lastIndexOf(':'));
        int port = Integer.parseInt(IMAP.substring(IMAP.lastIndexOf(':') + 1));
        try (Store store = Session.getInstance(settings).getStore("imap")) {
            store.connect(host, port, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> mails = new ArrayList<>();
                for (Message mail : inbox.getMessages()) {
                    mails.add(new MimeMessage((MimeMessage) mail));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("The demo mail server did not let us read " + address + " over IMAP at " + IMAP
                    + ": is it running (server-config/cardhub status)?", e);
        }
    }

    /** The link of Keycloak's mail to act on the account (set a password, confirm the address). */
    public static String actionLink(MimeMessage mail) throws MessagingException, IOException {
        Matcher link = ACTION_LINK.matcher(textOf(mail));
        if (!link.find()) {
            throw new AssertionError("No action link in the mail: " + textOf(mail));
        }
        return link.group().replace("&amp;", "&");
    }

    /** The plain text of a mail (its HTML when it has no plain part). */
    public static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    return (String) body.getContent();
                }
                String nested = body.isMimeType("text/html") || body.getContent() instanceof Multipart ? textOf(body) : null;
                html = html == null ? nested : html;
            }
            return html == null ? "" : html;
        }
        return "";
    }
}
