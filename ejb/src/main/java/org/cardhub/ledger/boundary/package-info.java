/**
 * The double-entry ledger's services. {@link org.cardhub.ledger.boundary.Ledger} is its in-transaction face: accounts
 * locked in id order, balanced entries booked outside closed months, holds — joined by the money operations'
 * transactions, never starting one. {@link org.cardhub.ledger.boundary.Bookkeeping} is the back office's: closing a
 * month and the self-check that recomputes balances from postings.
 */
package org.cardhub.ledger.boundary;
