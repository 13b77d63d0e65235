/**
 * Top-ups by bank card through an acquirer: the parent pays on the acquirer's page (YooKassa API v3, or its emulator),
 * and auto top-ups charge a saved bank card when a purse runs low. A payment is written first, then the acquirer is
 * asked (with the payment's own idempotence key); the acquirer's notification, the payer's return and a minute poll
 * all settle it through one {@link org.cardhub.acquiring.boundary.Settlement}, which re-reads the payment from the
 * acquirer and credits it once: a conditional status change and the ledger's operation key, in one transaction.
 * Payouts go the other way ({@link org.cardhub.acquiring.boundary.Payouts}, docs/payouts.md): a contract's money to a
 * bank card through the acquirer's payouts API, held in transit until the acquirer's own view of the payout decides it.
 */
package org.cardhub.acquiring;
