package org.cardhub.demomail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import org.cardhub.demomail.entity.Mail;
import org.cardhub.demomail.entity.MailServerUnavailableException;
import org.cardhub.demomail.entity.MailSummary;
import org.cardhub.demomail.entity.MailText;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads the demo mail server's mailboxes over IMAP: the address is the login and any password opens it (the server
 * checks none). Folders are opened read-only, so reading marks nothing as seen and can remove nothing.
 */
@ApplicationScoped
public class ImapMailboxes {

    /** The demo server takes any password; IMAP still wants one. */
    private static final String ANY_PASSWORD = "demo";
    private static final String TIMEOUT_MILLIS = "10000";

    public List<MailSummary> summaries(URI imap, String mailbox) {
        return inInbox(imap, mailbox, inbox -> {
            Message[] messages = inbox.getMessages();
            FetchProfile envelopes = new FetchProfile();
            envelopes.add(FetchProfile.Item.ENVELOPE);
            envelopes.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, envelopes);
            List<MailSummary> summaries = new ArrayList<>(messages.length);
            for (Message message : messages) {
                summaries.add(summaryOf(mailbox, (UIDFolder) inbox, message));
            }
            return summaries;
        });
    }

    public Optional<Mail> read(URI imap, String mailbox, long uid) {
        return inInbox(imap, mailbox, inbox -> {
            Message message = ((UIDFolder) inbox).getMessageByUID(uid);
            if (message == null) {
                return Optional.empty();
            }
            return Optional.of(new Mail(summaryOf(mailbox, (UIDFolder) inbox, message), addresses(message.getFrom()),
                    MailText.of(MailContent.textOf(message))));
        });
    }

    private interface InboxWork<T> {
        T in(Folder inbox) throws MessagingException, IOException;
    }

    private static <T> T inInbox(URI imap, String mailbox, InboxWork<T> work) {
        Properties settings = new Properties();
        settings.setProperty("mail.imap.connectiontimeout", TIMEOUT_MILLIS);
        settings.setProperty("mail.imap.timeout", TIMEOUT_MILLIS);
        Store store = null;
        Folder inbox = null;
        try {
            store = Session.getInstance(settings).getStore("imap");
            store.connect(imap.getHost(), imap.getPort(), mailbox, ANY_PASSWORD);
            inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return work.in(inbox);
        } catch (MessagingException | IOException e) {
            throw new MailServerUnavailableException("could not read the mailbox " + mailbox + " at " + imap, e);
        } finally {
            closeQuietly(inbox, store);
        }
    }

    private static MailSummary summaryOf(String mailbox, UIDFolder inbox, Message message) throws MessagingException {
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : null;
        String subject = message.getSubject();
        return new MailSummary(mailbox, inbox.getUID(message), addresses(message.getAllRecipients()),
                subject == null ? "" : subject, received);
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet && internet.getPersonal() != null
                        ? internet.getPersonal() + " <" + internet.getAddress() + ">" : address.toString())
                .collect(Collectors.joining(", "));
    }

    private static void closeQuietly(Folder inbox, Store store) {
        try {
            if (inbox != null && inbox.isOpen()) {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            // the mailbox was read, or the failure is already on its way to the caller; a failed goodbye changes neither
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            // as above
        }
    }
}
