package org.cardhub.demomail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.demomail.control.ImapMailboxes;
import org.cardhub.demomail.control.MailboxDirectory;
import org.cardhub.demomail.entity.Mail;
import org.cardhub.demomail.entity.MailSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the demo mail server received, for the back office to read: the latest mails of every mailbox (or of the
 * mailboxes whose address contains what was typed), and one mail. Read-only: nothing here sends, deletes or marks a
 * mail. Set up by the launcher when it runs its own mail server ({@code cardhub.demo-mail.imap-uri} and
 * {@code cardhub.demo-mail.api-uri}); without those settings there is no mailbox to read.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMailbox {

    /** The list shows this many of the newest mails; older ones are found by narrowing it to an address. */
    public static final int LATEST = 500;

    @Inject
    @ConfigProperty(name = "cardhub.demo-mail.imap-uri")
    Optional<String> imapUri;

    @Inject
    @ConfigProperty(name = "cardhub.demo-mail.api-uri")
    Optional<String> apiUri;

    @Inject
    MailboxDirectory directory;

    @Inject
    ImapMailboxes mailboxes;

    /** Whether this installation has a demo mailbox (the launcher's own mail server) at all. */
    public boolean available() {
        return imapUri.isPresent() && apiUri.isPresent();
    }

    /** The newest mails first, at most {@link #LATEST}; only mailboxes whose address contains {@code address}, if given. */
    public List<MailSummary> latest(String address) {
        if (!available()) {
            return List.of();
        }
        String wanted = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        URI imap = URI.create(imapUri.get());
        return directory.addresses(URI.create(apiUri.get())).stream()
                .filter(mailbox -> mailbox.toLowerCase(Locale.ROOT).contains(wanted))
                .flatMap(mailbox -> mailboxes.summaries(imap, mailbox).stream())
                .sorted(Comparator.comparing((MailSummary mail) -> mail.receivedAt() == null ? Instant.MIN : mail.receivedAt())
                        .thenComparing(MailSummary::uid).reversed())
                .limit(LATEST)
                .toList();
    }

    /** One mail of a mailbox the server has; nothing for a mailbox it does not know (opening one would create it). */
    public Optional<Mail> read(String mailbox, long uid) {
        if (!available() || mailbox == null || directory.addresses(URI.create(apiUri.get())).stream().noneMatch(mailbox::equals)) {
            return Optional.empty();
        }
        return mailboxes.read(URI.create(imapUri.get()), mailbox, uid);
    }
}
