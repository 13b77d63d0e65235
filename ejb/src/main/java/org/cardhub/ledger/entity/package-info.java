/**
 * The double-entry ledger's records: accounts (purses of contracts and cards, and the system accounts for the world
 * outside), journal entries whose postings always sum to zero per currency, holds of authorised money, and closed
 * months. Amounts are the money kernel's ({@link org.cardhub.money.Amount}).
 */
package org.cardhub.ledger.entity;
