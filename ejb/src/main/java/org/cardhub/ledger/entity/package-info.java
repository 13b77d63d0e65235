/**
 * The exact quantities the ledger moves: an {@link org.cardhub.ledger.entity.Amount} is a whole number
 * of minor units (kopecks, millilitres, hundredths of a bonus point) together with its
 * {@link org.cardhub.ledger.entity.Currency}, so no amount is ever rounded, wrapped or silently mixed
 * with another currency. Parsing is strict because amounts arrive from partners, terminals and forms;
 * every refusal is an {@link org.cardhub.ledger.entity.InvalidAmountException} with a stable code that
 * adapters can translate. Plain Java, free of JPA and container annotations.
 */
package org.cardhub.ledger.entity;
