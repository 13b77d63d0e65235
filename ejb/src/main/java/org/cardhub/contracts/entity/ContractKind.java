package org.cardhub.contracts.entity;

/** The programs a contract can be for. */
public enum ContractKind {
    FUEL,
    SCHOOL,
    WALLET
}
