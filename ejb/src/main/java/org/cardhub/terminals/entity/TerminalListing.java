package org.cardhub.terminals.entity;

/** A line of the terminal registry: the terminal and the name of its owning organisation (null when none). */
public record TerminalListing(Terminal terminal, String organization) {
}
