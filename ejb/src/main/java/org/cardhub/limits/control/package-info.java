/**
 * Reads what a card or contract already spent in a limit's window from the ledger: spending entries not reversed, plus
 * open holds ({@code UsageQuery}); and what every change of limits does besides itself: the contract's categories and
 * the card's restriction checked, the change written with its old and new value ({@code LimitChanges}).
 */
package org.cardhub.limits.control;
