/**
 * The double-entry ledger's records: accounts (purses of contracts and cards, and the system accounts for the world
 * outside), journal entries whose postings always sum to zero per currency, holds of authorised money, closed months
 * with the story of their closes and reopens, and the rule that dates an event reaching the books late
 * ({@link org.cardhub.ledger.entity.LateBooking}). Amounts are the money kernel's ({@link org.cardhub.money.Amount}).
 */
package org.cardhub.ledger.entity;
