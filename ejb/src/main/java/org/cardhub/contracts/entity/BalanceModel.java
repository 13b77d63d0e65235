package org.cardhub.contracts.entity;

/** Fuel programs: cards draw on the contract account under their limits (POOLED), or money is distributed onto the cards (DISTRIBUTED). */
public enum BalanceModel {
    POOLED,
    DISTRIBUTED
}
