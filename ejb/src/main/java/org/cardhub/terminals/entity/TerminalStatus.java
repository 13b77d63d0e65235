package org.cardhub.terminals.entity;

/** A disabled terminal's messages are refused. */
public enum TerminalStatus {
    ACTIVE,
    DISABLED
}
