package org.cardhub.terminals.entity;

/** The message types of the terminal protocol. */
public enum EventType {
    AUTHORIZE,
    COMPLETE,
    PURCHASE,
    REVERSAL,
    ENTRY,
    EXIT,
    FARE,
    CASH_IN;

    public boolean refersToAnotherEvent() {
        return this == COMPLETE || this == REVERSAL;
    }

    public boolean needsAmount() {
        return this == AUTHORIZE || this == PURCHASE || this == FARE || this == CASH_IN || this == COMPLETE;
    }

    public boolean needsCard() {
        return this != COMPLETE && this != REVERSAL;
    }
}
