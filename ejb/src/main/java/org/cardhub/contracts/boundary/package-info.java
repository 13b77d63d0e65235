/**
 * Contracts from application to closing, with their accounts opened and every status change recorded with who and why;
 * tariffs as data — what a new client may choose and by which rules, the discount rows the back office keeps by date,
 * and the rate a sale under a contract's tariff gets.
 */
package org.cardhub.contracts.boundary;
