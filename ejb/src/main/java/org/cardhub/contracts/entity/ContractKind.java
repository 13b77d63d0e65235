package org.cardhub.contracts.entity;

/** The programs a contract can be for. */
public enum ContractKind {
    FUEL,
    SCHOOL,
    WALLET,
    /** A merchant's settlement contract (a school's canteen supplier): its main account receives what it earns. */
    SUPPLIER,
    /** An education centre's contract: its main account earns the lessons given, its cards are the pupils' balances. */
    CENTRE
}
