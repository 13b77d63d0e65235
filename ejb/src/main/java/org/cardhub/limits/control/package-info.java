/**
 * Reads what a card or contract already spent in a limit's window from the ledger: spending entries not reversed, plus open holds.
 */
package org.cardhub.limits.control;
