/**
 * The month close: {@link org.cardhub.periods.boundary.MonthCloseTimer} closes each contract's month once its end and
 * the grace period after it have passed in the contract's time zone; {@link org.cardhub.periods.boundary.Periods} is
 * the back office's view of a contract's months, with closing a month by hand and reopening one with a reason. The
 * closing itself, and the event it fires for whoever acts on closed books, are the ledger's.
 */
package org.cardhub.periods.boundary;
