package org.cardhub.ledger.entity;

public enum HoldStatus {
    OPEN,
    COMPLETED,
    RELEASED,
    EXPIRED
}
