package org.cardhub.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails Keycloak sends (to a GreenMail on the realm's SMTP port, 2525) and the link in them. Used by the browser
 * tests and, added to their archive, by the tests inside Payara.
 */
public final class KeycloakMails {

    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private KeycloakMails() {
    }

    /** Waits until {@code count} mails to {@code address} have arrived (others, e.g. parents' notices, are left aside). */
    public static List<MimeMessage> awaitMailsTo(GreenMail smtp, String address, int count, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        List<MimeMessage> mails = mailsTo(smtp, address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            mails = mailsTo(smtp, address);
        }
        return mails;
    }

    public static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
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

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return mail.getAllRecipients() != null && Arrays.stream(mail.getAllRecipients())
                    .anyMatch(recipient -> address.equalsIgnoreCase(recipient instanceof InternetAddress internet
                            ? internet.getAddress() : recipient.toString()));
        } catch (MessagingException e) {
            return false;
        }
    }
}
