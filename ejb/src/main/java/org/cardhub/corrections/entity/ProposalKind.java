package org.cardhub.corrections.entity;

/** What a proposal asks: a correction of a purse by an amount, or the reversal of a posted operation. */
public enum ProposalKind {
    CORRECTION,
    REVERSAL
}
