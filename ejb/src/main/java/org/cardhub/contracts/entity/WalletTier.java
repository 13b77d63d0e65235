package org.cardhub.contracts.entity;

/** How well the wallet's holder is identified, which caps balance and monthly turnover. */
public enum WalletTier {
    NON_IDENTIFIED,
    IDENTIFIED
}
