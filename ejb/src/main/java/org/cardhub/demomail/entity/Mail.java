package org.cardhub.demomail.entity;

import java.io.Serializable;

/** One mail opened: its summary, its sender and its text. */
public record Mail(MailSummary summary, String from, MailText text) implements Serializable {
}
