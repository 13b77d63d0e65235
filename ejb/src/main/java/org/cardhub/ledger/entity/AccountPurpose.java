package org.cardhub.ledger.entity;

/** What an account is for: a contract's or card's main purse, a school card's canteen purse, or the outside world. */
public enum AccountPurpose {
    MAIN,
    CANTEEN,
    SYSTEM
}
