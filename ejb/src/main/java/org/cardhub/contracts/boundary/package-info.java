/**
 * Contracts from application to closing, with their accounts opened and every status change recorded with who and why;
 * tariffs as data — what a new client may choose and by which rules, the discount rows the back office keeps by date,
 * the rate a sale under a contract's tariff gets; the wallets' identification levels, their caps read by holders and
 * the back office and changed by the back office, audited old → new.
 */
package org.cardhub.contracts.boundary;
