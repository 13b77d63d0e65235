package org.cardhub.demomail.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail in the list: the mailbox it was delivered to (an address), its number there, whom its header names as
 * recipients, its subject and when the server received it.
 */
public record MailSummary(String mailbox, long uid, String to, String subject, Instant receivedAt) implements Serializable {
}
