/**
 * The transaction kernel: what a transaction keeps for its own later use ({@link org.cardhub.transactions.TransactionMemory}).
 * Uses nothing of Cardhub's.
 */
package org.cardhub.transactions;
