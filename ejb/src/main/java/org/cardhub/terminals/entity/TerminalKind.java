package org.cardhub.terminals.entity;

/** The kinds of terminal. */
public enum TerminalKind {
    FUEL_POS,
    CANTEEN_POS,
    TURNSTILE,
    TRANSPORT_VALIDATOR,
    CASH_KIOSK
}
