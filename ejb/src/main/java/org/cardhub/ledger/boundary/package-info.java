/**
 * The double-entry ledger's services. {@link org.cardhub.ledger.boundary.Ledger} is its in-transaction face: accounts
 * locked in id order, balanced entries booked outside closed months (a late event into the open month instead), holds —
 * joined by the money operations' transactions, never starting one. {@link org.cardhub.ledger.boundary.ClosedMonths}
 * closes and reopens a contract's months in its caller's transaction, keeps their story and announces each change as
 * a CDI event. {@link org.cardhub.ledger.boundary.Bookkeeping} is the back office's: closing a month and the
 * self-check that recomputes balances from postings.
 */
package org.cardhub.ledger.boundary;
